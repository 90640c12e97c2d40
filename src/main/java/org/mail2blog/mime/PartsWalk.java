package org.mail2blog.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mail2blog.mime.html.HtmlText;

/**
 * Walks one message into its {@link MailParts}: unnamed inline text/plain and text/html parts are
 * the body; every other leaf part (a named or attached file, an image, a forwarded
 * message/rfc822, which is not opened) is an attachment. Lenient like {@link BodyText}: what cannot
 * be read is skipped with a warning. One instance serves one message.
 */
final class PartsWalk {
    private final List<String> plain = new ArrayList<>();
    private final List<String> html = new ArrayList<>();
    private final List<MailParts.Attachment> attachments = new ArrayList<>();
    private final List<ParseWarning> warnings = new ArrayList<>();

    static MailParts walk(MimeMessage message) {
        PartsWalk walk = new PartsWalk();
        walk.visit(message);
        return new MailParts(joined(walk.plain), joined(walk.html), walk.attachments, walk.warnings);
    }

    private static Optional<String> joined(List<String> parts) {
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
    }

    private void visit(Part part) {
        ContentType type = contentType(part);
        if (type.getPrimaryType().equalsIgnoreCase("multipart")) {
            children(part, type);
        } else if (isBodyText(part, type, "text/plain")) {
            plain.add(decoded(bytes(part), Optional.ofNullable(type.getParameter("charset"))));
        } else if (isBodyText(part, type, "text/html")) {
            byte[] bytes = bytes(part);
            html.add(decoded(bytes, Optional.ofNullable(type.getParameter("charset"))
                    .or(() -> HtmlText.findMetaCharset(bytes))));
        } else {
            attachments.add(new MailParts.Attachment(fileName(part, type), type.getBaseType().toLowerCase(Locale.ROOT),
                    size(part)));
        }
    }

    private void children(Part part, ContentType type) {
        Multiparts.eachChild(part, this::visit).ifPresent(error -> warnings.add(new ParseWarning("multipart-unreadable",
                type.getBaseType() + " part could not be split (" + error + "); its parts are not listed")));
    }

    private boolean isBodyText(Part part, ContentType type, String wanted) {
        return type.match(wanted) && fileName(part, type).isEmpty() && !isAttachment(part);
    }

    private String decoded(byte[] bytes, Optional<String> charset) {
        return Charsets.bodyText(bytes, charset, warnings);
    }

    private byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (MessagingException | IOException unreadable) {
            warnings.add(new ParseWarning("part-unreadable", "a body part could not be decoded: " + unreadable.getMessage()));
            return new byte[0];
        }
    }

    private long size(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.transferTo(OutputStream.nullOutputStream());
        } catch (MessagingException | IOException unreadable) {
            warnings.add(new ParseWarning("part-unreadable", "an attachment could not be decoded: " + unreadable.getMessage()));
            return 0;
        }
    }

    /** The decoded file name from Content-Disposition or the Content-Type name parameter; empty when none. */
    private String fileName(Part part, ContentType type) {
        try {
            String name = Optional.ofNullable(part.getFileName()).orElse(type.getParameter("name"));
            return name == null ? "" : EncodedWords.decode(name).strip();
        } catch (MessagingException unreadable) {
            warnings.add(new ParseWarning("disposition-unreadable",
                    "Content-Disposition could not be read (" + unreadable.getMessage() + ")"));
            return "";
        }
    }

    private boolean isAttachment(Part part) {
        try {
            return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        } catch (MessagingException unreadable) {
            return false;
        }
    }

    private ContentType contentType(Part part) {
        try {
            String header = part.getContentType();
            return new ContentType(header == null ? "text/plain" : header);
        } catch (MessagingException unreadable) {
            warnings.add(new ParseWarning("content-type-unreadable",
                    "Content-Type could not be read (" + unreadable.getMessage() + "); treated as text/plain"));
            return new ContentType("text", "plain", null);
        }
    }
}
