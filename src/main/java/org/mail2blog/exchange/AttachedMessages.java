package org.mail2blog.exchange;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.mail2blog.mime.MessageRejected;
import org.mail2blog.mime.Reason;

/**
 * Finds the mails attached to a mail as message/rfc822 parts (Outlook's and Thunderbird's "forward
 * as attachment"), at any depth of multipart nesting but not inside the attached mails themselves,
 * which are searched when their turn comes. Thread-safe: the session is only read.
 */
final class AttachedMessages {
    private final Session session;

    AttachedMessages() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.allowutf8", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        this.session = Session.getInstance(properties);
    }

    /** The raw bytes of each attached mail, in the order they are attached. */
    List<byte[]> find(byte[] raw) throws MessageRejected {
        List<byte[]> found = new ArrayList<>();
        try {
            walk(new MimeMessage(session, new ByteArrayInputStream(raw)), found);
        } catch (MessagingException | IOException unreadable) {
            throw new MessageRejected(Reason.UNPARSEABLE_MIME, "the parts of the mail could not be read while looking"
                    + " for attached messages (" + unreadable.getMessage() + "); forward the exchange inline instead", unreadable);
        }
        return found;
    }

    private static void walk(Part part, List<byte[]> found) throws MessagingException, IOException {
        if (part.isMimeType("message/rfc822")) {
            try (InputStream in = part.getInputStream()) {
                found.add(in.readAllBytes());
            }
        } else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), found);
            }
        }
    }
}
