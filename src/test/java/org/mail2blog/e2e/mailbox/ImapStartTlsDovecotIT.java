package org.mail2blog.e2e.mailbox;

import java.util.Map;

/** IMAP on the plain port, upgraded with STARTTLS (required), trusting Dovecot's certificate through the PEM key. */
class ImapStartTlsDovecotIT extends DovecotSuite {
    @Override
    Map<String, String> mailboxSettings() {
        return DovecotMailbox.settings(dovecot, "imap", true);
    }

    @Override
    int port() {
        return dovecot.imapPort();
    }
}
