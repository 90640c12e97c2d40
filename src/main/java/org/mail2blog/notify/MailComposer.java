package org.mail2blog.notify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Turns an {@link OutgoingMail} into RFC 822 bytes: multipart/alternative (text, then HTML), our
 * own Message-ID, the threading headers, RFC 3834 {@code Auto-Submitted}, our {@code List-Id},
 * for a follower's mail the RFC 8058 one-click {@code List-Unsubscribe} pair, and the loop header
 * that lets us recognise our own mail when it comes back. Thread-safe.
 */
public final class MailComposer {
    /** Stamped on every mail we send; the guard treats a mail carrying it as our own. */
    public static final String LOOP_HEADER = "X-Mail2blog-Loop";
    private final InternetAddress from;
    private final String messageIdDomain;
    private final String listId;
    private final Session session = Session.getInstance(new Properties());

    /**
     * @param fromName    display name of our mails
     * @param blogAddress the blog's own address, the sender of every mail
     */
    public MailComposer(String fromName, String blogAddress) {
        try {
            this.from = new InternetAddress(blogAddress, fromName, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        String domain = blogAddress.substring(blogAddress.lastIndexOf('@') + 1);
        this.messageIdDomain = "mail2blog." + domain;
        this.listId = blogAddress.substring(0, blogAddress.lastIndexOf('@')) + "." + domain;
    }

    /** The part after '@' of every Message-ID we make: a domain only our own mail uses. */
    public String messageIdDomain() {
        return messageIdDomain;
    }

    /** Our List-Id, without angle brackets. */
    public String listId() {
        return listId;
    }

    /** A new Message-ID of ours, without angle brackets. */
    public String newMessageId() {
        return UUID.randomUUID() + "@" + messageIdDomain;
    }

    /** The complete mail, with {@code messageId} as its Message-ID. */
    public byte[] compose(OutgoingMail mail, String messageId) {
        try {
            MimeMessage message = new FixedIdMessage(session, messageId);
            message.setFrom(from);
            message.setRecipients(MimeMessage.RecipientType.TO, mail.to());
            mail.replyTo().ifPresent(r -> setReplyTo(message, r));
            message.setSubject(mail.subject(), "UTF-8");
            mail.inReplyTo().ifPresent(id -> setHeader(message, "In-Reply-To", "<" + id + ">"));
            if (!mail.references().isEmpty()) {
                message.setHeader("References", mail.references().stream().map(r -> "<" + r + ">")
                        .collect(Collectors.joining(" ")));
            }
            message.setHeader("Auto-Submitted", mail.autoSubmitted());
            message.setHeader("List-Id", "<" + listId + ">");
            message.setHeader(LOOP_HEADER, listId);
            mail.unsubscribeUrl().ifPresent(url -> setUnsubscribe(message, url));
            message.setSentDate(new java.util.Date());
            message.setContent(alternative(mail));
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalArgumentException("cannot compose the " + mail.kind() + " mail to " + mail.to()
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeMultipart alternative(OutgoingMail mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        return new MimeMultipart("alternative", text, html);
    }

    private static void setReplyTo(MimeMessage message, String address) {
        try {
            message.setReplyTo(InternetAddress.parse(address));
        } catch (MessagingException e) {
            throw new IllegalArgumentException("bad Reply-To address " + address, e);
        }
    }

    /** RFC 2369 List-Unsubscribe with the RFC 8058 one-click POST marker; the URL alone unsubscribes. */
    private static void setUnsubscribe(MimeMessage message, String url) {
        setHeader(message, "List-Unsubscribe", "<" + url + ">");
        setHeader(message, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private static void setHeader(MimeMessage message, String name, String value) {
        try {
            message.setHeader(name, value);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("bad " + name + " header", e);
        }
    }

    /** A message whose Message-ID is ours, not one Jakarta Mail makes up on saveChanges(). */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + messageId + ">");
        }
    }
}
