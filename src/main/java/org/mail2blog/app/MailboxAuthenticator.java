package org.mail2blog.app;

import jakarta.mail.PasswordAuthentication;
import org.apache.camel.component.mail.MailAuthenticator;

/**
 * The one place every mailbox connection gets its login from: the IMAP route (as its
 * {@code authenticator}) and the POP3 poller both ask this bean on each connection. Today it answers
 * with the configured user and password; a token-based login can answer here instead, and Java Mail
 * properties for it belong in {@code Settings.mailboxConnection()}. Never logs the secret. Thread-safe.
 */
public final class MailboxAuthenticator extends MailAuthenticator {
    private final Settings settings;

    public MailboxAuthenticator(Settings settings) {
        this.settings = settings;
    }

    @Override
    public PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(settings.mailboxUser(), settings.mailboxPassword());
    }

    @Override
    public String toString() {
        return "MailboxAuthenticator[user=" + settings.mailboxUser() + "]";
    }
}
