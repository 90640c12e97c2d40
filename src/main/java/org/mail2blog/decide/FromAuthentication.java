package org.mail2blog.decide;

import java.util.List;

/**
 * Whether a mail was authenticated for the domain of its From address. This is the one place where
 * the Authentication-Results verdict (RFC 8601, {@code mail2blog.trust.authserv-ids}) plugs into
 * moderation by mail: a decision by mail is accepted only when this says yes.
 */
@FunctionalInterface
public interface FromAuthentication {

    /**
     * True when the mail is authenticated for the domain of {@code fromAddress}.
     *
     * @param authenticationResults the mail's Authentication-Results header values, top to bottom
     */
    boolean isAuthenticated(List<String> authenticationResults, String fromAddress);

    /** Refuses every mail: the verifier to use while no Authentication-Results verdict is wired in. */
    FromAuthentication NO_VERIFIER = (results, fromAddress) -> false;

    /**
     * The check for a configuration: with no trusted authserv-ids there are no results to read, so
     * every mail is accepted (a signed token from an admin address is then all we have); with
     * authserv-ids configured, {@code verifier} decides.
     */
    static FromAuthentication of(List<String> authservIds, FromAuthentication verifier) {
        return authservIds.isEmpty() ? (results, fromAddress) -> true : verifier;
    }
}
