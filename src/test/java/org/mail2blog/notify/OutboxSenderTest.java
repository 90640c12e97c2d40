package org.mail2blog.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.testing.Ports;
import org.mail2blog.testing.TestDatabase;

/** The outbox against a real SMTP server (GreenMail) that is down at first and comes up later. */
class OutboxSenderTest {
    private final Database db = TestDatabase.open();
    private final MailComposer composer = new MailComposer("mail2blog", "blog@example.com");
    private final Outbox outbox = new Outbox(db.jdbi(), composer);
    private final int port = Ports.free();
    private final SmtpSettings relay = new SmtpSettings("127.0.0.1", port, "none", "", "", Duration.ofSeconds(2));
    private GreenMail server;

    @AfterEach
    void close() {
        if (server != null) {
            server.stop();
        }
        db.close();
    }

    private void queue(String to) {
        db.jdbi().useTransaction(h -> outbox.add(h, new OutgoingMail("acknowledgement", to, "Ämne åäö", "Hej!",
                "<p>Hej!</p>", Optional.of("orig@example.com"), List.of("orig@example.com"),
                Optional.of("blog+tok@example.com"), "auto-replied", Optional.empty())));
    }

    private String state() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT state || ':' || attempts FROM outbox")
                .mapTo(String.class).one());
    }

    @Test
    void mailWaitsWhileTheRelayIsDownAndIsSentOnceWhenItReturns() throws Exception {
        queue("asa@example.com");
        OutboxSender sender = new OutboxSender(outbox, relay, Duration.ZERO, Duration.ZERO);

        assertThat(sender.sendDue()).isZero();
        assertThat(sender.sendDue()).isZero();
        assertThat(state()).isEqualTo("pending:2");

        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();
        assertThat(state()).isEqualTo("sent:3");

        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Ämne åäö");
        assertThat(received[0].getMessageID()).endsWith("@mail2blog.example.com>");
        assertThat(received[0].getHeader("In-Reply-To")).containsExactly("<orig@example.com>");
        assertThat(received[0].getHeader("Auto-Submitted")).containsExactly("auto-replied");
        assertThat(received[0].getHeader(MailComposer.LOOP_HEADER)).containsExactly("blog.example.com");
    }

    @Test
    void failedMailWaitsBeforeItsNextAttempt() {
        queue("asa@example.com");
        OutboxSender sender = new OutboxSender(outbox, relay, Duration.ofHours(1), Duration.ofHours(2));
        sender.sendDue();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        assertThat(sender.sendDue()).isZero();
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void logsInToTheRelayWithXoauth2AndTheCurrentToken() {
        queue("asa@example.com");
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.setUser("blog@example.com", "blog@example.com", "access-token-smtp-1");
        server.start();
        SmtpSettings withUser = new SmtpSettings("127.0.0.1", port, "none", "blog@example.com", "", Duration.ofSeconds(2));
        OutboxSender wrong = OutboxSender.withXoauth2(outbox, withUser, Duration.ZERO, Duration.ZERO, () -> "access-old");
        assertThat(wrong.sendDue()).isZero();
        OutboxSender sender = OutboxSender.withXoauth2(outbox, withUser, Duration.ZERO, Duration.ZERO,
                () -> "access-token-smtp-1");
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(server.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aTokenThatCannotBeHadLeavesTheMailPendingWithTheReason() {
        queue("asa@example.com");
        OutboxSender sender = OutboxSender.withXoauth2(outbox, relay, Duration.ZERO, Duration.ZERO, () -> {
            throw new java.io.IOException("[oauth] the refresh token was refused: authorise again");
        });
        assertThat(sender.sendDue()).isZero();
        assertThat(state()).isEqualTo("pending:1");
        String error = db.jdbi().withHandle(h -> h.createQuery("SELECT last_error FROM outbox").mapTo(String.class).one());
        assertThat(error).contains("the refresh token was refused");
    }

    @Test
    void waitDoublesPerAttemptUpToTheMaximum() {
        OutboxSender sender = new OutboxSender(outbox, relay, Duration.ofSeconds(30), Duration.ofMinutes(5));
        assertThat(List.of(sender.backoff(0), sender.backoff(1), sender.backoff(2), sender.backoff(9)))
                .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                        Duration.ofMinutes(5));
    }
}
