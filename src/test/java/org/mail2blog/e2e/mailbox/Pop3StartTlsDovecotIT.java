package org.mail2blog.e2e.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mail2blog.e2e.mailbox.DovecotMailbox.WAIT;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Imap;
import org.mail2blog.testing.TestApp;
import org.mail2blog.testing.Dovecot;

/** POP3 on the plain port upgraded with STARTTLS (required); mail is kept on the server (the default). */
class Pop3StartTlsDovecotIT extends DovecotSuite {
    @Override
    Map<String, String> mailboxSettings() {
        return DovecotMailbox.settings(dovecot, "pop3", true);
    }

    @Override
    int port() {
        return dovecot.pop3Port();
    }

    @Test
    void aKeptMailIsNotImportedAgainWhenTheServiceRestarts() throws Exception {
        String to;
        try (TestApp first = startApp()) {
            to = first.sampleReplyAddress();
            dovecot.deliver(DovecotMailbox.reply(id("kept"), to, "Hugo Sten", "Jag ligger kvar på servern."));
            Eventually.until("the kept mail queued", WAIT, () -> DovecotMailbox.letters(first, id("kept")) == 1);
        }
        try (TestApp again = startApp()) {
            dovecot.deliver(DovecotMailbox.reply(id("next"), to, "Ida Vik", "Ett nytt brev efter omstarten."));
            Eventually.until("the next mail queued", WAIT, () -> DovecotMailbox.letters(again, id("next")) == 1);
            Eventually.stays("the kept mail stored and queued once", java.time.Duration.ofSeconds(3),
                    () -> DovecotMailbox.archived(again, id("kept")).size() == 1 && DovecotMailbox.letters(again, id("kept")) == 1);
        }
        assertThat(Imap.inbox(dovecot.imapPort(), Dovecot.USER, Dovecot.PASSWORD)).hasSize(2);
    }
}
