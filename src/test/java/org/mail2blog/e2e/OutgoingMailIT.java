package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.Ports;
import org.mail2blog.testing.TestApp;
import org.mail2blog.testing.TestMailServer;

/** Outgoing mail through a relay that is down for a while: delayed, never lost, never doubled. */
class OutgoingMailIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    @TempDir
    Path dataDir;
    private final TestMailServer mailbox = new TestMailServer();
    private final int relayPort = Ports.free();
    private GreenMail relay;

    @AfterEach
    void stop() {
        if (relay != null) {
            relay.stop();
        }
        mailbox.close();
    }

    @Test
    void acknowledgementWaitsForTheRelayAndIsSentExactlyOnce() throws Exception {
        Map<String, String> smtp = Map.of("mail2blog.smtp.host", "127.0.0.1",
                "mail2blog.smtp.port", Integer.toString(relayPort), "mail2blog.smtp.security", "none",
                "mail2blog.notify.outbox-poll-seconds", "1", "mail2blog.notify.retry-initial-seconds", "1",
                "mail2blog.notify.retry-max-seconds", "1");
        try (TestApp app = TestApp.withMailbox(dataDir, mailbox.imapPort(), TestMailServer.BLOG,
                TestMailServer.PASSWORD, smtp)) {
            String to = app.sampleReplyAddress();
            Mails.send(mailbox.smtpPort(), Mails.fixture("e2e/acknowledged-reply.eml", to), TestMailServer.BLOG);
            Eventually.until("two failed attempts to reach the relay", WAIT,
                    () -> app.outboxAttempts("ebba.falk@example.com") >= 2);

            relay = new GreenMail(new ServerSetup(relayPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            relay.start();
            Eventually.until("the acknowledgement at the relay", WAIT, () -> relay.getReceivedMessages().length == 1);
            Eventually.stays("exactly one acknowledgement at the relay", Duration.ofSeconds(4),
                    () -> relay.getReceivedMessages().length == 1);
            assertThat(relay.getReceivedMessages()[0].getAllRecipients()[0].toString())
                    .isEqualTo("ebba.falk@example.com");
        }
    }
}
