package org.mail2blog.e2e.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mail2blog.e2e.mailbox.DovecotMailbox.WAIT;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mail2blog.app.MailboxFailures;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.TestApp;

/** IMAPS against Dovecot's self-signed certificate, trusted through the PEM key, and refused without it. */
class ImapsDovecotIT extends DovecotSuite {
    @Override
    Map<String, String> mailboxSettings() {
        return DovecotMailbox.settings(dovecot, "imaps", false);
    }

    @Override
    int port() {
        return dovecot.imapsPort();
    }

    @Test
    void withoutThePemTheServerIsRefusedWithAClearLineAndTheMailWaitsUntilItIsTrusted() throws Exception {
        Map<String, String> systemTrust = new HashMap<>(mailboxSettings());
        systemTrust.put("mail2blog.mailbox.trusted-certificate-file", "");
        String to;
        try (TestApp app = DovecotMailbox.start(dir.resolve("data"), port(), systemTrust);
             LogLines failures = new LogLines(MailboxFailures.class)) {
            to = app.sampleReplyAddress();
            dovecot.deliver(DovecotMailbox.reply(id("untrusted"), to, "Gun Berg", "Hej från en okänd server."));
            String line = Eventually.await("the refusal in the log", WAIT,
                    () -> failures.lines().stream().findFirst());
            assertThat(line).contains("not trusted", "mail2blog.mailbox.trusted-certificate-file")
                    .doesNotContain("[trace]");
            assertThat(DovecotMailbox.archived(app, id("untrusted"))).isEmpty();
            assertThat(app.http().get("/").statusCode()).isEqualTo(200);
        }
        try (TestApp trusted = startApp()) {
            DovecotMailbox.awaitArchived(trusted, id("untrusted"));
        }
    }
}
