package org.mail2blog.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Test mails: fixtures from {@code src/test/resources/mail/}, sent over real SMTP. */
public final class Mails {
    private Mails() {
    }

    /** The fixture's bytes, with {@code ${to}} replaced by {@code to}. */
    public static byte[] fixture(String path, String to) {
        try (InputStream in = Mails.class.getResourceAsStream("/mail/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /mail/" + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${to}", to);
            return text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the raw bytes as they are, over SMTP on loopback, to {@code to}. */
    public static void send(int smtpPort, byte[] raw, String to) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(smtpPort));
        Session session = Session.getInstance(props);
        try {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw)) {
                @Override
                protected void updateMessageID() {
                    // keep the fixture's own Message-ID (or its absence)
                }
            };
            Transport.send(message, new Address[] {new InternetAddress(to)});
        } catch (MessagingException e) {
            throw new IllegalStateException("SMTP send to 127.0.0.1:" + smtpPort + " failed", e);
        }
    }
}
