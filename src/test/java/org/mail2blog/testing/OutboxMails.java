package org.mail2blog.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.mail2blog.app.Database;

/** Reads the mails an outbox holds, as the recipient would get them. */
public final class OutboxMails {
    private OutboxMails() {
    }

    /** The mails of {@code kind} to {@code recipient}, oldest first. */
    public static List<MimeMessage> of(Database db, String kind, String recipient) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT raw FROM outbox WHERE kind = :kind AND recipient = :to ORDER BY id")
                .bind("kind", kind).bind("to", recipient).mapTo(byte[].class).list())
                .stream().map(OutboxMails::parse).toList();
    }

    /** The text/plain part of one of our multipart/alternative mails. */
    public static String text(MimeMessage mail) {
        try {
            Multipart alternative = (Multipart) mail.getContent();
            return new String(alternative.getBodyPart(0).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (MessagingException e) {
            throw new IllegalStateException("not one of our mails", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first value of a header, or an assertion failure naming it. */
    public static String header(MimeMessage mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            if (values == null) {
                throw new AssertionError("the mail has no " + name + " header");
            }
            return values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage parse(byte[] raw) {
        try {
            return new MimeMessage(null, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new IllegalStateException("outbox mail does not parse", e);
        }
    }
}
