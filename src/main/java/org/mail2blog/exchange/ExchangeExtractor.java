package org.mail2blog.exchange;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.mail2blog.mime.MessageRejected;
import org.mail2blog.mime.MimeParser;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.mime.Reason;
import org.mail2blog.trim.ReplyTrimmer;

/**
 * Recovers the letters of an exchange that the blogger forwarded to the blog, each with its own
 * writer, date and words, oldest first, so that a conversation can be started from it.
 *
 * <p>The mail's text is read from the top. The first place where an older letter begins ends the
 * current letter: a forward or header block ({@link HeaderBlocks}: Gmail, Outlook, Apple Mail,
 * "Original Message") or an attribution with its "&gt;" quote ({@link Attributions}). The older
 * letter's text (one quote level down) is then read the same way, so a forwarded reply chain with
 * {@code > >} levels yields every letter. Each letter's own part is cut with {@link ReplyTrimmer},
 * which also drops its signature and mobile footer. Mails attached as message/rfc822 are parsed
 * with {@link MimeParser} and read the same way ({@link #extract(byte[])} only).
 *
 * <p>The forwarding mail itself is a letter too: the forwarder's note, written by the mail's From
 * and dated by its Date header. It is included (as the newest letter) only when it has words of its
 * own besides the forward marker: a bare forward adds nothing to the conversation, while "Here is
 * how it went on; I have not answered yet" is the blogger's own letter. The same rule holds for
 * every letter: one that held nothing but quoted history is left out, rather than published blank.
 *
 * <p>Not understood: interleaved answers between quotes (the older letter is recovered only up to
 * the first answer), purely numeric dates ("7/11/11"), languages other than English and Swedish.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ExchangeExtractor {
    private final MimeParser parser = new MimeParser();
    private final ReplyTrimmer trimmer = new ReplyTrimmer();
    private final AttachedMessages attachments = new AttachedMessages();
    private final LetterDates dates;
    private final Attributions attributions;

    /**
     * @param zone the zone for printed dates that name none (Gmail and Outlook print local time
     *             without a zone); usually the blog's own zone
     */
    public ExchangeExtractor(ZoneId zone) {
        this.dates = new LetterDates(Objects.requireNonNull(zone, "zone"));
        this.attributions = new Attributions(dates);
    }

    /**
     * The letters in the text of an already parsed mail, oldest first. Attached messages are not
     * seen here; use {@link #extract(byte[])} for those.
     */
    public List<Letter> extract(ParsedMessage forwarded) {
        Objects.requireNonNull(forwarded, "forwarded");
        return Chronology.oldestFirst(newestFirst(forwarded));
    }

    /**
     * The letters of a raw mail, oldest first: those in its text and those in its attached
     * messages, which count as older than the text's own letters when dates cannot tell.
     *
     * @throws MessageRejected when the mail or one of its attached messages cannot be parsed; the
     *                         detail names which attached message failed. A mail whose only content
     *                         is attached messages is accepted without a text of its own.
     */
    public List<Letter> extract(byte[] raw) throws MessageRejected {
        Objects.requireNonNull(raw, "raw");
        return Chronology.oldestFirst(newestFirst(raw));
    }

    private List<Letter> newestFirst(byte[] raw) throws MessageRejected {
        List<byte[]> attached = attachments.find(raw);
        List<Letter> letters = new ArrayList<>();
        Optional<ParsedMessage> mail = parsed(raw, !attached.isEmpty());
        mail.ifPresent(message -> letters.addAll(newestFirst(message)));
        for (int i = 0; i < attached.size(); i++) {
            try {
                letters.addAll(newestFirst(attached.get(i)));
            } catch (MessageRejected unreadable) {
                throw new MessageRejected(unreadable.reason(), "attached message " + (i + 1) + " of "
                        + attached.size() + ": " + unreadable.getMessage(), unreadable);
            }
        }
        return letters;
    }

    /** The parsed mail; without a text of its own it is skipped when it carries attached messages. */
    private Optional<ParsedMessage> parsed(byte[] raw, boolean hasAttachments) throws MessageRejected {
        try {
            return Optional.of(parser.parse(raw));
        } catch (MessageRejected rejected) {
            if (rejected.reason() == Reason.NO_BODY && hasAttachments) {
                return Optional.empty();
            }
            throw rejected;
        }
    }

    private List<Letter> newestFirst(ParsedMessage mail) {
        return chain(mail.text().lines().toList(), new Author(mail.fromName(), mail.fromAddress()), mail.date());
    }

    /** The letter in {@code lines} and every older letter inside it, newest first. */
    private List<Letter> chain(List<String> lines, Author author, Optional<OffsetDateTime> date) {
        List<Letter> letters = new ArrayList<>();
        List<String> text = lines;
        Author writer = author;
        Optional<OffsetDateTime> written = date;
        while (true) {
            Optional<Embedded> older = firstOlder(text);
            String body = trimmer.trim(String.join("\n", own(text, older))).kept();
            if (!body.isBlank()) {
                letters.add(new Letter(writer.name(), writer.address(), written, body));
            }
            if (older.isEmpty()) {
                return letters;
            }
            text = older.get().lines();
            writer = older.get().author();
            written = dates.parse(older.get().printedDate());
        }
    }

    private static List<String> own(List<String> text, Optional<Embedded> older) {
        return older.map(found -> Stream.concat(text.subList(0, found.end()).stream(),
                text.subList(found.resume(), text.size()).stream()).toList()).orElse(text);
    }

    private Optional<Embedded> firstOlder(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (Quotes.isQuoted(lines.get(i))) {
                Optional<Embedded> quoted = attributions.findQuoted(lines, i);
                if (quoted.isPresent()) {
                    return quoted;
                }
                i = Quotes.blockEnd(lines, i) - 1;
                continue;
            }
            Optional<Embedded> found = HeaderBlocks.find(lines, i);
            if (found.isEmpty()) {
                found = attributions.find(lines, i);
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
