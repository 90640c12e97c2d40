package org.mail2blog.oauth;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What the refresh-token grant needs (RFC 6749 section 6). {@link #toString()} shows the endpoint and
 * the client id but never the client secret or the refresh token.
 *
 * @param tokenEndpoint the provider's token endpoint (https, or http on loopback for tests)
 * @param clientId      the OAuth2 client id of the registered application
 * @param clientSecret  the client secret; empty for a public client
 * @param refreshToken  the refresh token the mailbox's owner granted
 * @param scope         the scope to ask for; empty = leave it out (the granted scope)
 * @param timeout       connection and response timeout towards the endpoint
 */
public record RefreshGrant(URI tokenEndpoint, String clientId, String clientSecret, String refreshToken,
                           String scope, Duration timeout) {
    public RefreshGrant {
        Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("an OAuth2 client id is required");
        }
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("an OAuth2 refresh token is required");
        }
        clientSecret = clientSecret == null ? "" : clientSecret;
        scope = scope == null ? "" : scope;
        Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String toString() {
        return "RefreshGrant[" + tokenEndpoint + ", client " + clientId + (scope.isEmpty() ? "" : ", scope " + scope)
                + ", secret and refresh token hidden]";
    }
}
