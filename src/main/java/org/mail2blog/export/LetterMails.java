package org.mail2blog.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.PublishedLetter;

/**
 * A published letter as a small RFC 5322 message: From is the author's public name with an address
 * that reaches no one ({@value #HIDDEN_ADDRESS}; the real one is never used), Date is when it was
 * written, Subject the conversation's title (RFC 2047 when not ASCII), a Message-ID that stays the
 * same from export to export, and the published text as UTF-8 plain text (quoted-printable).
 */
public final class LetterMails {
    /** The address every exported letter is from: in the {@code .invalid} domain, which never delivers. */
    public static final String HIDDEN_ADDRESS = "noreply@mail2blog.invalid";
    private final Session session = Session.getInstance(new Properties());
    private final String domain;

    /** Message-IDs are made in the domain of the blog's own address. */
    public LetterMails(String blogAddress) {
        this.domain = blogAddress.substring(blogAddress.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /** The letter's message, as bytes with CRLF line ends. */
    public byte[] toMail(Conversation conversation, PublishedLetter letter) throws MessagingException, IOException {
        MimeMessage mail = new FixedIdMessage(session, messageId(letter.id()));
        mail.setFrom(from(letter.authorName()));
        mail.setSentDate(Date.from(letter.writtenAt().toInstant()));
        mail.setSubject(conversation.title(), "UTF-8");
        mail.setText(letter.body(), "UTF-8", "plain");
        mail.setHeader("Content-Transfer-Encoding", "quoted-printable");
        mail.saveChanges();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        mail.writeTo(bytes);
        return bytes.toByteArray();
    }

    /** The letter's Message-ID: its database id in the blog's domain. */
    public String messageId(long letterId) {
        return "<letter-" + letterId + "@" + domain + ">";
    }

    private static InternetAddress from(String name) throws UnsupportedEncodingException {
        return new InternetAddress(HIDDEN_ADDRESS, name, "UTF-8");
    }

    /** A message whose Message-ID is given, not made up by {@code saveChanges}. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
