package org.mail2blog.app;

import java.io.IOException;

import jakarta.mail.PasswordAuthentication;
import org.apache.camel.component.mail.MailAuthenticator;
import org.mail2blog.oauth.AccessTokens;
import org.mail2blog.oauth.TokenRefused;

/**
 * The mailbox login, which the mail consumer asks for at each connection (camel-mail's
 * {@code authenticator} option): the user and either the configured password or, with XOAUTH2, the
 * current OAuth2 access token, refreshed before it expires. A refresh that fails ends that login
 * attempt with the refresh's message; the consumer logs it and tries again at its next poll, and the
 * mail stays in the mailbox. Shows no secret in {@link #toString()}. Thread-safe.
 */
public final class MailboxAuthenticator extends MailAuthenticator {
    private final String user;
    private final Secret secret;
    private final String mechanism;

    @FunctionalInterface
    private interface Secret {
        String current() throws TokenRefused, IOException;
    }

    private MailboxAuthenticator(String user, Secret secret, String mechanism) {
        this.user = user;
        this.secret = secret;
        this.mechanism = mechanism;
    }

    /** Logs in with a password. */
    static MailboxAuthenticator withPassword(String user, String password) {
        return new MailboxAuthenticator(user, () -> password, "password");
    }

    /** Logs in with XOAUTH2 and the current access token of {@code tokens}. */
    static MailboxAuthenticator withTokens(String user, AccessTokens tokens) {
        return new MailboxAuthenticator(user, tokens::current, "xoauth2");
    }

    @Override
    public PasswordAuthentication getPasswordAuthentication() {
        try {
            return new PasswordAuthentication(user, secret.current());
        } catch (TokenRefused | IOException e) {
            throw new IllegalStateException("[ingest] no login to the mailbox as " + user + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "MailboxAuthenticator[" + user + ", " + mechanism + "]";
    }
}
