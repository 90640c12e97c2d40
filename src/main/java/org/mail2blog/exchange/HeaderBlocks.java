package org.mail2blog.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a forwarded or quoted letter introduced by a block of mail-header lines, as clients print it
 * above the older letter (fixtures under {@code src/test/resources/mail/exchange/}):
 * <ul>
 *   <li>Gmail: "---------- Forwarded message ---------" / "---------- Vidarebefordrat meddelande
 *       ---------", then From:/Från:, Date:, Subject:, To: (gmail-forward-en, gmail-forward-sv);
 *       Thunderbird's "-------- Forwarded Message --------" with tab-separated fields
 *       (thunderbird-forward-nested-quotes-en);</li>
 *   <li>Outlook: "From:/Sent:/To:/Subject:" or "Från:/Skickat:/Till:/Ämne:", often under a rule of
 *       underscores, the sender as "Name [mailto:addr]", the field names *bold* once HTML became
 *       text (outlook-forward-en, outlook-forward-sv, swedish-letters-aao-latin1); an address the
 *       client hid leaves only the name (outlook-original-message-sv-hidden-address);</li>
 *   <li>"-----Original Message-----" / "-----Ursprungligt meddelande-----" above such a block
 *       (outlook-forward-en, outlook-original-message-sv-hidden-address);</li>
 *   <li>Apple Mail: "Begin forwarded message:" / "Början av vidarebefordrat meddelande:", the block
 *       and the letter often "&gt;"-quoted below it (apple-mail-forward-sv).</li>
 * </ul>
 * A block must name its sender (From/Från). After a marker line that is enough; a block without
 * one needs two more fields, so prose that starts with "From:" is left alone.
 */
final class HeaderBlocks {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern MARKER = Pattern.compile("^(-{3,}\\s*(Forwarded message|Vidarebefordrat meddelande"
            + "|Original Message|Ursprungligt meddelande|Originalmeddelande)\\s*-{3,}"
            + "|(Begin forwarded message|Början av vidarebefordrat meddelande):?"
            + "|_{8,})$", FLAGS);
    /** A header line; "*From:*", "*From*:" and "From:" are all seen, and the value may be empty. */
    private static final Pattern FIELD = Pattern.compile("^\\*{0,2}(From|Från|Date|Datum|Sent|Skickat|To|Till|Cc|Kopia"
            + "|Bcc|Subject|Ämne|Reply-To|Svara till|Importance|Prioritet)\\*{0,2}:\\*{0,2}(?:\\s+(.*))?$", FLAGS);
    /** Real blocks have up to about eight fields; the cap keeps a run of "To:" lines from costing n². */
    private static final int MAX_BLOCK_LINES = 20;
    private static final List<String> FROM = List.of("from", "från");
    private static final List<String> DATE = List.of("date", "datum", "sent", "skickat");

    /** A header block read: the sender, the printed date and the letter text below the block. */
    private record Block(Author author, String printedDate, List<String> lines) {
    }

    private HeaderBlocks() {
    }

    /** The letter whose header block (or marker line) starts at line {@code at}, if one does. */
    static Optional<Embedded> find(List<String> lines, int at) {
        boolean marked = MARKER.matcher(lines.get(at).strip()).matches();
        int from = marked ? Quotes.nextNonBlank(lines, at + 1) : at;
        if (from >= lines.size() || !marked && Quotes.isQuoted(lines.get(from))) {
            return Optional.empty();
        }
        if (marked && Quotes.isQuoted(lines.get(from))) {
            int resume = Quotes.blockEnd(lines, from);
            return read(Quotes.unquote(lines.subList(from, resume)), 0, true)
                    .map(letter -> new Embedded(at, resume, letter.author(), letter.printedDate(), letter.lines()));
        }
        return read(lines, from, marked)
                .map(letter -> new Embedded(at, lines.size(), letter.author(), letter.printedDate(), letter.lines()));
    }

    /** The header block at {@code start} and the letter text below it, up to the end of {@code lines}. */
    private static Optional<Block> read(List<String> lines, int start, boolean marked) {
        Map<String, String> fields = new LinkedHashMap<>();
        int i = start;
        String last = "";
        for (; i < lines.size() && i - start < MAX_BLOCK_LINES && !lines.get(i).isBlank(); i++) {
            Matcher field = FIELD.matcher(lines.get(i).strip());
            if (field.matches()) {
                last = field.group(1).toLowerCase(Locale.ROOT);
                fields.putIfAbsent(last, field.group(2) == null ? "" : field.group(2));
            } else if (Character.isWhitespace(lines.get(i).charAt(0)) && !last.isEmpty()) {
                String continued = lines.get(i).strip();
                fields.computeIfPresent(last, (name, value) -> value + " " + continued);
            } else {
                break;
            }
        }
        Optional<String> sender = first(fields, FROM);
        if (sender.isEmpty() || !marked && fields.size() < 3) {
            return Optional.empty();
        }
        List<String> text = lines.subList(Quotes.nextNonBlank(lines, i), lines.size());
        return Optional.of(new Block(Author.parse(sender.get()), first(fields, DATE).orElse(""), text));
    }

    private static Optional<String> first(Map<String, String> fields, List<String> names) {
        return names.stream().filter(fields::containsKey).map(fields::get).findFirst();
    }
}
