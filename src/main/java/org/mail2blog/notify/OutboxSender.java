package org.mail2blog.notify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands due outbox mail to the SMTP relay, exactly as it was composed. A mail the relay does not
 * take stays pending and is tried again after a wait that doubles per attempt, up to a maximum;
 * nothing is ever dropped. A mail is marked sent right after the relay accepted it; only a crash
 * in between could send it twice, and then with the same Message-ID. Call {@link #sendDue()} from
 * one thread at a time (the outbox route's timer does).
 */
public final class OutboxSender {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;
    private final Outbox outbox;
    private final SmtpSettings smtp;
    private final Duration retryInitial;
    private final Duration retryMax;
    private final Session session;
    private final Optional<RelayToken> token;

    public OutboxSender(Outbox outbox, SmtpSettings smtp, Duration retryInitial, Duration retryMax) {
        this(outbox, smtp, retryInitial, retryMax, Optional.empty());
    }

    private OutboxSender(Outbox outbox, SmtpSettings smtp, Duration retryInitial, Duration retryMax,
                         Optional<RelayToken> token) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.retryInitial = retryInitial;
        this.retryMax = retryMax;
        this.token = token;
        Properties props = properties(smtp);
        if (token.isPresent()) {
            props.put("mail.smtp.auth", "true");
            props.put("mail.smtps.auth", "true");
            props.put("mail.smtp.auth.mechanisms", "XOAUTH2");
            props.put("mail.smtps.auth.mechanisms", "XOAUTH2");
        }
        this.session = Session.getInstance(props);
    }

    /** Logs in to the relay as {@code smtp.user()} with XOAUTH2 and the token {@code token} gives at each connection. */
    public static OutboxSender withXoauth2(Outbox outbox, SmtpSettings smtp, Duration retryInitial, Duration retryMax,
                                           RelayToken token) {
        return new OutboxSender(outbox, smtp, retryInitial, retryMax, Optional.of(token));
    }

    /** Sends every due mail; returns how many the relay took. */
    public int sendDue() {
        int sent = 0;
        for (Outbox.Entry mail : outbox.due(BATCH)) {
            try {
                send(mail);
                outbox.markSent(mail.id());
                sent++;
                LOG.info("[notify] sent outbox={} messageId=<{}> attempt={}", mail.id(), mail.messageId(),
                        mail.attempts() + 1);
            } catch (MessagingException | IOException e) {
                OffsetDateTime next = OffsetDateTime.now().plus(backoff(mail.attempts()));
                outbox.markFailed(mail.id(), e.toString(), next);
                LOG.warn("[notify] relay {} did not take outbox={} (attempt {}): {}; next try at {}", smtp,
                        mail.id(), mail.attempts() + 1, e.getMessage(), next);
            }
        }
        return sent;
    }

    /** The wait after {@code attempts} failed attempts: initial, doubled per attempt, capped. */
    Duration backoff(int attempts) {
        Duration wait = retryInitial.multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }

    private void send(Outbox.Entry mail) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(mail.raw()));
        String password = token.isPresent() ? token.get().current() : smtp.password();
        try (Transport transport = session.getTransport(smtp.security().equals("tls") ? "smtps" : "smtp")) {
            transport.connect(smtp.host(), smtp.port(), smtp.user().isEmpty() ? null : smtp.user(),
                    password.isEmpty() ? null : password);
            transport.sendMessage(message, new Address[] {new InternetAddress(mail.recipient())});
        }
    }

    private static Properties properties(SmtpSettings smtp) {
        Properties props = new Properties();
        String millis = Long.toString(smtp.timeout().toMillis());
        for (String protocol : new String[] {"smtp", "smtps"}) {
            props.put("mail." + protocol + ".connectiontimeout", millis);
            props.put("mail." + protocol + ".timeout", millis);
            props.put("mail." + protocol + ".writetimeout", millis);
            props.put("mail." + protocol + ".auth", Boolean.toString(!smtp.user().isEmpty()));
            props.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        if (smtp.security().equals("starttls")) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        return props;
    }
}
