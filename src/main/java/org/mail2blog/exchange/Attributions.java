package org.mail2blog.exchange;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a quoted letter introduced by an attribution line and followed by its "&gt;"-quoted text,
 * as replying clients print it (fixtures under {@code src/test/resources/mail/exchange/}):
 * <ul>
 *   <li>English, Gmail / Apple Mail / Thunderbird: "On Mon, Jul 11, 2011 at 9:14 AM, Roger Lind
 *       &lt;roger@example.com&gt; wrote:" (gmail-forward-en), iPhone's "On 12 Jul 2011, at 09:14, ..."
 *       (signature-and-iphone-footer), Thunderbird's "On 2011-07-12 22:10, Roger Lind wrote:"
 *       (thunderbird-forward-nested-quotes-en);</li>
 *   <li>Swedish Gmail: "Den 11 juli 2011 09:14 skrev Roger Lind &lt;roger@example.com&gt;:"
 *       (gmail-forward-sv, swedish-letters-aao-latin1);</li>
 *   <li>Swedish Apple Mail puts the date first: "11 juli 2011 kl. 09:14 skrev Roger Lind
 *       &lt;roger@example.com&gt;:" (apple-mail-forward-sv).</li>
 * </ul>
 * Gmail wraps long attributions, so up to three lines are joined. A line only counts when a quote
 * follows it and it names an address, a time or a readable date: "On Monday I wrote:" above a
 * quote the writer pasted is prose, not history.
 */
final class Attributions {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int MAX_LINES = 3;
    private static final int MAX_LENGTH = 400;
    private static final Pattern ENGLISH = Pattern.compile("^On\\s+(.+?)\\s*wrote:$", FLAGS);
    private static final Pattern SWEDISH = Pattern.compile("^Den\\s+(.+?)\\s+skrev\\s+(.+?)\\s*:$", FLAGS);
    private static final Pattern SWEDISH_DATE_FIRST =
            Pattern.compile("^((?:\\p{L}{2,7}\\.?,?\\s+)?\\d.+?)\\s+skrev\\s+(.+?)\\s*:$", FLAGS);
    /** How the English payload splits when no comma separates date and writer: after the last time or year. */
    private static final Pattern DATE_THEN_NAME =
            Pattern.compile("^(.*(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?|\\d{4}))\\s+(\\D.*)$", FLAGS);
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}");

    private final LetterDates dates;

    Attributions(LetterDates dates) {
        this.dates = dates;
    }

    /** The quoted letter whose attribution starts at line {@code at}, if one does. */
    Optional<Embedded> find(List<String> lines, int at) {
        StringBuilder joined = new StringBuilder();
        for (int n = 0; n < MAX_LINES && at + n < lines.size(); n++) {
            String line = lines.get(at + n).strip();
            if (line.isEmpty() || Quotes.isQuoted(line) || joined.length() + line.length() > MAX_LENGTH) {
                return Optional.empty();
            }
            joined.append(n == 0 ? "" : " ").append(line);
            int quote = Quotes.nextNonBlank(lines, at + n + 1);
            if (quote < lines.size() && Quotes.isQuoted(lines.get(quote))) {
                Optional<Embedded> found = read(joined.toString())
                        .map(header -> quoted(lines, at, quote, header));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The quoted letter whose attribution is itself the first line of the quote block starting at
     * {@code at}: HTML mail marks the attribution as part of the quote (Gmail's {@code gmail_attr}
     * inside {@code gmail_quote}, Thunderbird's {@code moz-cite-prefix}), so after the HTML is read
     * the block is "&gt; Den … skrev …:" followed by "&gt; text" (gmail-html-only-forward-sv).
     */
    Optional<Embedded> findQuoted(List<String> lines, int at) {
        int end = Quotes.blockEnd(lines, at);
        List<String> inner = Quotes.unquote(lines.subList(at, end));
        int first = Quotes.nextNonBlank(inner, 0);
        if (first >= inner.size() || Quotes.isQuoted(inner.get(first))) {
            return Optional.empty();
        }
        StringBuilder joined = new StringBuilder();
        for (int n = 0; n < MAX_LINES && first + n < inner.size(); n++) {
            String line = inner.get(first + n).strip();
            if (line.isEmpty() || Quotes.isQuoted(line) || joined.length() + line.length() > MAX_LENGTH) {
                return Optional.empty();
            }
            joined.append(n == 0 ? "" : " ").append(line);
            int body = first + n + 1;
            Optional<Header> header = read(joined.toString());
            if (header.isPresent()) {
                return Optional.of(new Embedded(at, end, header.get().author(), header.get().printedDate(),
                        inner.subList(body, inner.size())));
            }
        }
        return Optional.empty();
    }

    /** What an attribution says: who wrote the quoted letter and the date as printed. */
    private record Header(Author author, String printedDate) {
    }

    private static Embedded quoted(List<String> lines, int at, int quote, Header header) {
        int end = Quotes.blockEnd(lines, quote);
        return new Embedded(at, end, header.author(), header.printedDate(), Quotes.unquote(lines.subList(quote, end)));
    }

    /** The writer and date of one attribution, when it is one and names a date or an address. */
    private Optional<Header> read(String line) {
        Matcher english = ENGLISH.matcher(line);
        if (english.matches()) {
            return split(english.group(1));
        }
        for (Pattern swedish : List.of(SWEDISH, SWEDISH_DATE_FIRST)) {
            Matcher matcher = swedish.matcher(line);
            if (matcher.matches()) {
                return evident(matcher.group(1), matcher.group(2));
            }
        }
        return Optional.empty();
    }

    /**
     * An address, a readable date or at least a time is the evidence; Thunderbird's "On 7/11/2011
     * 9:14 AM, Anna wrote:" has only the time (its numeric date is not read).
     */
    private Optional<Header> evident(String date, String who) {
        Author author = Author.parse(who);
        boolean evident = !author.address().isEmpty() || TIME.matcher(date).find() || dates.parse(date).isPresent();
        return evident && !(author.name() + author.address()).isEmpty()
                ? Optional.of(new Header(author, date)) : Optional.empty();
    }

    /**
     * Date and writer of "DATE, WRITER": split at the last comma before the writer's quoted name or
     * address, as Gmail and Apple Mail write it; else after the last time or year.
     */
    private Optional<Header> split(String payload) {
        int writer = payload.length();
        for (char c : new char[] {'"', '<'}) {
            int at = payload.indexOf(c);
            writer = at >= 0 ? Math.min(writer, at) : writer;
        }
        int comma = payload.substring(0, writer).lastIndexOf(',');
        if (comma > 0 && !payload.substring(comma + 1, writer).matches(".*\\d.*")) {
            return evident(payload.substring(0, comma), payload.substring(comma + 1));
        }
        Matcher fallback = DATE_THEN_NAME.matcher(payload);
        return fallback.matches() ? evident(fallback.group(1), fallback.group(2)) : Optional.empty();
    }
}
