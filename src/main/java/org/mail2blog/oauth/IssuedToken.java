package org.mail2blog.oauth;

import java.time.Duration;
import java.util.Optional;

/**
 * What a token endpoint answered to a refresh. {@link #toString()} hides both tokens.
 *
 * @param accessToken  the bearer token for the next logins
 * @param lifetime     how long it is valid from the answer (zero when the endpoint did not say)
 * @param refreshToken a new refresh token when the endpoint rotated it
 */
public record IssuedToken(String accessToken, Duration lifetime, Optional<String> refreshToken) {
    @Override
    public String toString() {
        return "IssuedToken[valid for " + lifetime.toSeconds() + " s"
                + (refreshToken.isPresent() ? ", new refresh token" : "") + ", tokens hidden]";
    }
}
