package org.mail2blog.e2e.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mail2blog.e2e.mailbox.DovecotMailbox.WAIT;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.app.MailboxFailures;
import org.mail2blog.testing.Dovecot;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Imap;
import org.mail2blog.testing.Required;
import org.mail2blog.testing.TestApp;

/**
 * The journeys every mailbox protocol must pass against a real Dovecot: a delivered mail is published
 * after approval and archived byte for byte, a Dovecot restart loses and doubles nothing, and a mail
 * a person already opened is still read. Each subclass names one protocol.
 */
abstract class DovecotSuite {
    @TempDir
    Path dir;
    Dovecot dovecot;

    /** The application's mailbox settings for this suite's protocol. */
    abstract Map<String, String> mailboxSettings();

    /** The Dovecot port this suite's protocol connects to. */
    abstract int port();

    @BeforeEach
    void startDovecot() throws Exception {
        Required.dovecot();
        dovecot = Dovecot.start(dir.resolve("dovecot"));
    }

    @AfterEach
    void stopDovecot() {
        if (dovecot != null) {
            dovecot.close();
        }
    }

    TestApp startApp() throws Exception {
        return DovecotMailbox.start(dir.resolve("data"), port(), mailboxSettings());
    }

    @Test
    void aDeliveredMailIsPublishedAfterApprovalAndArchivedByteForByte() throws Exception {
        try (TestApp app = startApp()) {
            byte[] mail = DovecotMailbox.reply(id("journey"), app.sampleReplyAddress(), "Åsa Öberg",
                    "Hej!\r\n\r\nVi har kompost på gården sedan i fjol, och jorden räcker till alla pelargoner.");
            dovecot.deliver(mail);
            assertThat(DovecotMailbox.awaitArchived(app, id("journey"))).isEqualTo(mail);
            DovecotMailbox.approveAndSeePublished(app, "Åsa Öberg");
            assertThat(DovecotMailbox.archived(app, id("journey"))).hasSize(1);
            if (!mailboxSettings().get("mail2blog.mailbox.protocol").startsWith("pop3")) {
                Eventually.until("the IMAP inbox emptied into the processed folder", WAIT,
                        () -> Imap.inbox(dovecot.imapPort(), Dovecot.USER, Dovecot.PASSWORD).isEmpty());
            }
        }
    }

    @Test
    void aDovecotRestartMidRunLosesNothingAndDoublesNothing() throws Exception {
        try (TestApp app = startApp(); LogLines failures = new LogLines(MailboxFailures.class)) {
            String to = app.sampleReplyAddress();
            dovecot.deliver(DovecotMailbox.reply(id("before"), to, "Bo Ek", "Written before the restart."));
            DovecotMailbox.awaitArchived(app, id("before"));
            dovecot.deliver(DovecotMailbox.reply(id("just-before"), to, "Cai Berg", "Skrivet precis innan."));
            dovecot.stop();
            dovecot.dropIntoMaildir(DovecotMailbox.reply(id("during"), to, "Dana Holm", "Delivered while the server is down."));
            Eventually.until("a failed poll to be reported", WAIT, () -> !failures.lines().isEmpty());
            dovecot.startAgain();
            dovecot.deliver(DovecotMailbox.reply(id("after"), to, "Eva Ås", "Skrivet efter omstarten."));
            for (String name : new String[] {"before", "just-before", "during", "after"}) {
                Eventually.until("mail " + name + " queued", WAIT, () -> DovecotMailbox.letters(app, id(name)) == 1);
            }
            Eventually.stays("each mail stored and queued once", java.time.Duration.ofSeconds(3), () ->
                    java.util.stream.Stream.of("before", "just-before", "during", "after").allMatch(name ->
                            DovecotMailbox.archived(app, id(name)).size() == 1 && DovecotMailbox.letters(app, id(name)) == 1));
            assertThat(failures.lines()).allMatch(line -> line.startsWith("[ingest] mailbox ") && !line.contains("[trace]"));
        }
    }

    @Test
    void aMailAPersonAlreadyOpenedIsStillRead() throws Exception {
        String to;
        try (TestApp first = startApp()) {
            to = first.sampleReplyAddress();
        }
        dovecot.deliver(DovecotMailbox.reply(id("opened"), to, "Frida Lund", "Jag läste det själv först."));
        DovecotMailbox.openAllAsAPerson(dovecot);
        try (TestApp app = startApp()) {
            DovecotMailbox.awaitArchived(app, id("opened"));
            app.awaitQueued("Frida Lund", WAIT);
        }
    }

    /** A Message-ID unique to this suite and case. */
    String id(String name) {
        return name + "-" + getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + "@example.com";
    }
}
