package org.mail2blog.admin;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

import org.mail2blog.mime.MailParts;
import org.mail2blog.mime.MessageRejected;
import org.mail2blog.mime.MimeParser;

/**
 * Reads a stored mail again for the admin: its text and HTML parts (the HTML sanitised), its
 * attachments, and which lines of its text the trimmer cut. The raw bytes are never changed.
 * Thread-safe.
 */
public final class OriginalMails {
    private final MimeParser parser;
    private final LongFunction<Optional<byte[]>> rawMail;
    private final UnaryOperator<String> asStored;
    private final MailHtmlSanitizer sanitizer = new MailHtmlSanitizer();

    /**
     * @param parser   the parser the pipeline uses, so the text is the one the trimmer was given
     * @param rawMail  the stored raw bytes by message key
     * @param asStored what scrubbing our tokens makes of a line before it is stored
     */
    public OriginalMails(MimeParser parser, LongFunction<Optional<byte[]>> rawMail, UnaryOperator<String> asStored) {
        this.parser = parser;
        this.rawMail = rawMail;
        this.asStored = asStored;
    }

    /**
     * The original of a letter.
     *
     * @param messageKey the stored mail
     * @param body       the letter's stored body
     * @param removed    what the trimmer cut away, as stored
     */
    public Review.Original read(long messageKey, String body, String removed) {
        Optional<byte[]> raw = rawMail.apply(messageKey);
        if (raw.isEmpty()) {
            return unreadable("the stored mail " + messageKey + " is missing", removed);
        }
        MailParts parts;
        try {
            parts = parser.parts(raw.get());
        } catch (MessageRejected unreadable) {
            return unreadable(unreadable.getMessage(), removed);
        }
        Optional<List<CutLines.Line>> cut = cutLines(raw.get(), body, removed);
        return new Review.Original("", parts.text().isPresent(), parts.text().orElse(""),
                parts.html().map(sanitizer::sanitize).orElse(SafeHtml.EMPTY), files(parts),
                cut.orElse(List.of()), cut.isPresent(), removed);
    }

    /** The lines of the text the trimmer was given, marked; empty when they do not align with what is stored. */
    private Optional<List<CutLines.Line>> cutLines(byte[] raw, String body, String removed) {
        try {
            return CutLines.align(parser.parse(raw).text(), body, removed, asStored);
        } catch (MessageRejected unreadable) {
            // A mail without sender or text never became a letter; should one get here, show the block.
            return Optional.empty();
        }
    }

    private static List<Review.File> files(MailParts parts) {
        return parts.attachments().stream().map(a -> new Review.File(a.name().isEmpty() ? "(no name)" : a.name(),
                a.contentType(), ByteSizes.format(a.sizeBytes()))).toList();
    }

    private static Review.Original unreadable(String problem, String removed) {
        return new Review.Original(problem, false, "", SafeHtml.EMPTY, List.of(), List.of(), false, removed);
    }
}
