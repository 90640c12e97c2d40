package org.mail2blog.e2e.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mail2blog.e2e.mailbox.DovecotMailbox.WAIT;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mail2blog.testing.Dovecot;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Imap;
import org.mail2blog.testing.TestApp;

/** POP3S with the self-signed certificate trusted through the PEM key; deleting stored mail is switched on. */
class Pop3sDovecotIT extends DovecotSuite {
    @Override
    Map<String, String> mailboxSettings() {
        Map<String, String> settings = new HashMap<>(DovecotMailbox.settings(dovecot, "pop3s", false));
        settings.put("mail2blog.mailbox.pop3-delete-after-store", "true");
        return settings;
    }

    @Override
    int port() {
        return dovecot.pop3sPort();
    }

    @Test
    void deleteAfterStoreRemovesTheMailFromTheServerOnlyOnceItIsStored() throws Exception {
        try (TestApp app = startApp()) {
            byte[] mail = DovecotMailbox.reply(id("delete"), app.sampleReplyAddress(), "Jon Ek", "Radera mig när jag är sparad.");
            dovecot.deliver(mail);
            Eventually.until("the mail gone from the server", WAIT,
                    () -> Imap.inbox(dovecot.imapPort(), Dovecot.USER, Dovecot.PASSWORD).isEmpty());
            assertThat(DovecotMailbox.archived(app, id("delete"))).containsExactly(mail);
            Eventually.until("the mail queued", WAIT, () -> DovecotMailbox.letters(app, id("delete")) == 1);
        }
    }
}
