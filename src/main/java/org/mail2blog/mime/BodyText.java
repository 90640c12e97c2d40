package org.mail2blog.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mail2blog.mime.html.HtmlText;

/**
 * Finds and decodes the readable body of one message. Walks the MIME tree, skipping attachments,
 * non-text parts, signatures of multipart/signed (only their signed content is text) and
 * forwarded messages (message/rfc822); {@link BodyChoice} then picks the plain or the HTML text.
 * A text part with a file name is an attachment too (Apple Mail attaches .txt files inline), and
 * is read only when the message has no other text. One instance serves one message.
 */
final class BodyText {
    /** The body text and what was recovered from on the way. */
    record Body(String text, List<ParseWarning> warnings) {
    }

    private final List<ParseWarning> warnings = new ArrayList<>();
    private final List<String> plain = new ArrayList<>();
    private final List<String> html = new ArrayList<>();
    private final List<Part> named = new ArrayList<>();

    /** Extracts the body, or rejects the message when it has no readable text at all. */
    static Body extract(MimeMessage message) throws MessageRejected {
        BodyText body = new BodyText();
        body.walk(message);
        return body.choose();
    }

    private Body choose() throws MessageRejected {
        if (plain.isEmpty() && html.isEmpty() && named.isEmpty()) {
            throw new MessageRejected(Reason.NO_BODY, "body has no text/plain or text/html part"
                    + " (only attachments or other types)" + recovered() + "; the sender must write the letter as text in the mail");
        }
        BodyChoice.Choice choice = BodyChoice.choose(joined(plain), joined(html.stream().map(HtmlText::toText).toList()));
        choice.warning().ifPresent(warnings::add);
        String text = choice.text().isBlank() ? joined(named.stream().map(this::namedText).toList()) : choice.text();
        if (text.isBlank()) {
            throw new MessageRejected(Reason.NO_BODY, "body text is empty; the sender must write the letter in the mail");
        }
        return new Body(text, warnings);
    }

    /** The warnings so far, for a rejection that they may explain. */
    private String recovered() {
        return warnings.isEmpty() ? ""
                : warnings.stream().map(ParseWarning::detail).collect(Collectors.joining("; ", " after: ", ""));
    }

    private static String joined(List<String> parts) {
        return parts.stream().map(BodyText::tidy).filter(s -> !s.isBlank()).collect(Collectors.joining("\n\n"));
    }

    private void walk(Part part) {
        ContentType type = contentType(part);
        if (isAttachment(part) || type.match("message/rfc822")) {
            return;
        }
        if (type.getPrimaryType().equalsIgnoreCase("multipart")) {
            walkChildren(part, type);
        } else if (type.match("text/*") && hasFileName(part, type)) {
            named.add(part);
        } else if (type.match("text/plain")) {
            plain.add(plainText(part, type));
        } else if (type.match("text/html")) {
            html.add(htmlText(part, type));
        }
    }

    private void walkChildren(Part part, ContentType type) {
        Multiparts.eachChild(part, this::walk).ifPresent(error -> warnings.add(new ParseWarning("multipart-unreadable",
                type.getBaseType() + " part could not be split (" + error + "); its parts were skipped")));
    }

    /** A named text part, read only when the message has no other text. */
    private String namedText(Part part) {
        ContentType type = contentType(part);
        return type.match("text/html") ? HtmlText.toText(htmlText(part, type)) : plainText(part, type);
    }

    private String plainText(Part part, ContentType type) {
        String text = ClearSigned.unwrap(decoded(bytes(part), Optional.ofNullable(type.getParameter("charset"))));
        if ("flowed".equalsIgnoreCase(type.getParameter("format"))) {
            return FlowedText.unflow(text, "yes".equalsIgnoreCase(type.getParameter("delsp")));
        }
        return text;
    }

    /** HTML without a charset parameter may declare one in a meta element (outlook-desktop-sv-html-only-smart-quotes). */
    private String htmlText(Part part, ContentType type) {
        byte[] bytes = bytes(part);
        Optional<String> charset = Optional.ofNullable(type.getParameter("charset"))
                .or(() -> HtmlText.findMetaCharset(bytes));
        return decoded(bytes, charset);
    }

    private String decoded(byte[] bytes, Optional<String> charset) {
        return Charsets.bodyText(bytes, charset, warnings);
    }

    private byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (MessagingException | IOException undecodable) {
            warnings.add(new ParseWarning("transfer-encoding-unreadable",
                    "content transfer encoding could not be decoded (" + undecodable.getMessage() + "); the raw bytes were used"));
            return rawBytes(part);
        }
    }

    private byte[] rawBytes(Part part) {
        try (InputStream in = rawStream(part)) {
            return in.readAllBytes();
        } catch (MessagingException | IOException unreadable) {
            warnings.add(new ParseWarning("part-unreadable", "a text part could not be read: " + unreadable.getMessage()));
            return new byte[0];
        }
    }

    private static InputStream rawStream(Part part) throws MessagingException {
        if (part instanceof MimeBodyPart body) {
            return body.getRawInputStream();
        }
        if (part instanceof MimeMessage message) {
            return message.getRawInputStream();
        }
        return InputStream.nullInputStream();
    }

    private ContentType contentType(Part part) {
        try {
            String header = part.getContentType();
            return new ContentType(header == null ? "text/plain" : header);
        } catch (MessagingException unreadable) {
            warnings.add(new ParseWarning("content-type-unreadable",
                    "Content-Type could not be read (" + unreadable.getMessage() + "); treated as text/plain (RFC 2045 §5.2)"));
            return new ContentType("text", "plain", null);
        }
    }

    /**
     * A file name in Content-Disposition or Content-Type, RFC 2231-encoded or not
     * (thunderbird-sv-rfc2231-attachment, apple-mail-sv-inline-text-attachment).
     */
    private boolean hasFileName(Part part, ContentType type) {
        try {
            return part.getFileName() != null || type.getParameter("name") != null;
        } catch (MessagingException unreadable) {
            warnings.add(new ParseWarning("disposition-unreadable",
                    "Content-Disposition could not be read (" + unreadable.getMessage() + "); the part was taken as body text"));
            return false;
        }
    }

    private boolean isAttachment(Part part) {
        try {
            return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        } catch (MessagingException unreadable) {
            warnings.add(new ParseWarning("disposition-unreadable",
                    "Content-Disposition could not be read (" + unreadable.getMessage() + "); the part was treated as inline"));
            return false;
        }
    }

    /**
     * Trailing white space stripped from each line, except the "-- " signature delimiter (RFC 3676
     * §4.3), which the reply trimmer needs; blank lines at both ends removed.
     */
    static String tidy(String text) {
        return text.lines()
                .map(line -> line.equals("-- ") ? line : line.stripTrailing())
                .collect(Collectors.joining("\n"))
                .replaceAll("^\\n+|\\n+$", "");
    }
}
