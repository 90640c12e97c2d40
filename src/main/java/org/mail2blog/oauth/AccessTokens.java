package org.mail2blog.oauth;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current access token of one mailbox login, refreshed through the refresh-token grant before it
 * expires: a token counts as fresh until {@link #SAFETY_MARGIN} (or half its lifetime, if that is
 * shorter) before its end, so a login never presents one that runs out on the way. A token whose
 * lifetime the endpoint did not state is used for one login only.
 *
 * <p>A refresh token the endpoint rotates is kept in memory for the rest of the run and the log says
 * so (without showing it). Once the endpoint has refused the grant ({@link TokenRefused}), every
 * later call fails at once with the same message: the endpoint is not asked again with a grant it
 * refused. Thread-safe: one refresh at a time, callers wait for it.
 */
public final class AccessTokens {
    /** How long before its end a token is replaced. */
    public static final Duration SAFETY_MARGIN = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);
    private final TokenEndpoint endpoint;
    private final RefreshGrant grant;
    private final Clock clock;
    private String refreshToken;
    private String accessToken;
    private Instant freshUntil = Instant.MIN;
    private TokenRefused refused;

    public AccessTokens(TokenEndpoint endpoint, RefreshGrant grant, Clock clock) {
        this.endpoint = endpoint;
        this.grant = grant;
        this.clock = clock;
        this.refreshToken = grant.refreshToken();
    }

    /** A token valid for at least the safety margin, refreshed first when needed. */
    public synchronized String current() throws TokenRefused, IOException {
        if (refused != null) {
            throw refused;
        }
        if (accessToken == null || !clock.instant().isBefore(freshUntil)) {
            refresh();
        }
        return accessToken;
    }

    private void refresh() throws TokenRefused, IOException {
        Instant asked = clock.instant();
        IssuedToken issued;
        try {
            issued = endpoint.refresh(grant, refreshToken);
        } catch (TokenRefused e) {
            refused = e;
            accessToken = null;
            LOG.error("{}; every login that needs it fails until then", e.getMessage());
            throw e;
        }
        accessToken = issued.accessToken();
        freshUntil = asked.plus(issued.lifetime()).minus(margin(issued.lifetime()));
        LOG.info("[oauth] new access token from {} for client {}, valid for {} s", grant.tokenEndpoint(),
                grant.clientId(), issued.lifetime().toSeconds());
        rotate(issued.refreshToken());
    }

    private void rotate(Optional<String> rotated) {
        if (rotated.isPresent() && !rotated.get().equals(refreshToken)) {
            refreshToken = rotated.get();
            LOG.info("[oauth] {} issued a new refresh token; it is used until this run ends (not shown, not stored)",
                    grant.tokenEndpoint());
        }
    }

    private static Duration margin(Duration lifetime) {
        Duration half = lifetime.dividedBy(2);
        return half.compareTo(SAFETY_MARGIN) < 0 ? half : SAFETY_MARGIN;
    }

    @Override
    public String toString() {
        return "AccessTokens[" + grant + "]";
    }
}
