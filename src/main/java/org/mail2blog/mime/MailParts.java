package org.mail2blog.mime;

import java.util.List;
import java.util.Optional;

/**
 * What a mail is made of, as its sender's client wrote it, for an admin who wants to see the
 * original: the text and HTML parts of the body, decoded but otherwise untouched, and every other
 * part listed as an attachment. Unlike {@link ParsedMessage}, nothing is chosen, converted or cut.
 *
 * @param text        the decoded text/plain body parts (joined by a blank line), if the mail has any
 * @param html        the decoded text/html body parts (joined), if any; raw HTML, never to be shown unsanitised
 * @param attachments every part that is not body text, in the order of the mail
 * @param warnings    what was recovered from while reading the parts
 */
public record MailParts(Optional<String> text, Optional<String> html, List<Attachment> attachments,
                        List<ParseWarning> warnings) {
    public MailParts {
        attachments = List.copyOf(attachments);
        warnings = List.copyOf(warnings);
    }

    /**
     * One part that is not body text: a file, an image, a forwarded message.
     *
     * @param name        the decoded file name; empty when the part has none
     * @param contentType the base MIME type, lower-case, e.g. {@code application/pdf}
     * @param sizeBytes   the decoded size in bytes
     */
    public record Attachment(String name, String contentType, long sizeBytes) {
    }
}
