package org.mail2blog.oauth;

/**
 * The token endpoint refused the grant for good (a revoked or expired refresh token, an unknown
 * client): retrying changes nothing until the admin authorises again or fixes the client settings.
 * The message says which and never contains a secret.
 */
public final class TokenRefused extends Exception {
    public TokenRefused(String message) {
        super(message);
    }
}
