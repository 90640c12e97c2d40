package org.mail2blog.trim;

import java.util.List;
import java.util.regex.Pattern;
import org.mail2blog.trim.LineMarkers.Marker;

/**
 * Finds the lines that introduce quoted history ("On … wrote:"), also when the client wrapped them
 * over up to {@value #MAX_WINDOW_LINES} lines. Rather than one regular expression per language, an
 * attribution is recognised by its parts, each checked by a small anchored pattern or plain code:
 * <ul>
 *   <li>how it starts: a language's opening word with a date, a date, or a name with an address;</li>
 *   <li>how it ends: a colon, after one of the verbs for "wrote" (or, with Gmail's date-first
 *       forms, right after the address);</li>
 *   <li>what makes it more than prose: quoted lines right below it, or a mail address in it.</li>
 * </ul>
 * Prose such as "On Monday I wrote:" or "Den boken skrev Strindberg 1879:" has the shape but is
 * followed by neither, and stays (quoted-sentence-in-prose-kept, prose-attribution-shape-kept).
 */
final class Attributions {
    /**
     * Gmail wraps long attributions after the address (gmail-android-en-wrapped-attribution); a
     * mailto rendering can spread one over five lines with a blank among them
     * (ReplyTrimmerTest.Attributions#cutsAnAttributionSpreadOverFiveLines).
     */
    private static final int MAX_WINDOW_LINES = 5;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // The word each language's attribution starts with, before its date: English "On"/"At" (Gmail,
    // Apple Mail, Thunderbird, Eudora), Scandinavian "Den", German "Am", French "Le", Dutch "Op",
    // Spanish "El", Portuguese "Em", Italian "Il", Polish "W dniu"/"Dnia" (one fixture per language
    // under mail/clients, e.g. gmail-web-de-attribution, thunderbird-pl-attribution).
    private static final Pattern WORD_OPENER =
            Pattern.compile("^(On|At|Den|Am|Le|Op|El|Em|Il|W dniu|Dnia)\\s", FLAGS);
    // Date first, after at most one day name: Apple Mail and Gmail in Swedish, Norwegian, Finnish,
    // Russian ("5 mars 2024 kl. 09:12 skrev …", "ti 5.3.2024 klo 9.12 …", "понедельник, 6 октября …")
    // (apple-mail-swedish-date-first, gmail-web-no-attribution, gmail-web-fi-attribution).
    private static final Pattern DATE_OPENER = Pattern.compile("^(\\p{L}{1,12}\\.?,?\\s)?\\d");
    // Older Gmail, language-independent: "2016-10-24 15:36 GMT+02:00 Anna <a@…>:" (gmail-web-en-numeric-date).
    private static final Pattern GMAIL_NUMERIC = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2} GMT[+-]\\d{1,2}:\\d{2}(\\s|$)");
    // Older Gmail in East Asian locales: "2013/7/20 Anna <a@…>" without verb (ReplyTrimmerTest.OtherLanguages).
    private static final Pattern GMAIL_SLASHED = Pattern.compile("^\\d{4}/\\d{1,2}/\\d{1,2}\\s");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}");

    private Attributions() {
    }

    /** Marks attribution lines among the {@link Marker#TEXT} lines, in place. */
    static void mark(List<String> lines, Marker[] markers) {
        for (int i = 0; i < markers.length; i++) {
            if (markers[i] != Marker.TEXT || lines.get(i).length() > LineMarkers.MAX_MARKED_LENGTH) {
                continue;
            }
            int end = windowEnd(lines, markers, i);
            if (end >= 0) {
                for (int j = i; j <= end; j++) {
                    markers[j] = Marker.ATTRIBUTION;
                }
                i = end;
            }
        }
    }

    /**
     * Zoho and some webmails frame the attribution in dashes: "---- On … wrote ----"
     * (ReplyTrimmerTest.Separators); it is then a separator, as no quote marks follow it.
     */
    static boolean isDashFramed(String stripped) {
        if (!stripped.startsWith("--") || !stripped.endsWith("--")) {
            return false;
        }
        int from = 0;
        int to = stripped.length();
        while (from < to && stripped.charAt(from) == '-') {
            from++;
        }
        while (to > from && stripped.charAt(to - 1) == '-') {
            to--;
        }
        String inner = stripped.substring(from, to).strip();
        return WORD_OPENER.matcher(inner).lookingAt() && AttributionVerbs.isIn(inner);
    }

    /** The last line of the attribution that starts at {@code start}, or -1 when none does. */
    private static int windowEnd(List<String> lines, Marker[] markers, int start) {
        String first = lines.get(start).strip();
        if (!isStart(first)) {
            return -1;
        }
        StringBuilder joined = new StringBuilder(first);
        int blanks = 0;
        for (int j = start; j < lines.size() && j < start + MAX_WINDOW_LINES; j++) {
            if (j > start && !extend(joined, lines.get(j).strip(), markers[j])) {
                if (markers[j] != Marker.EMPTY || ++blanks > 1) {
                    return -1;
                }
                continue;
            }
            if (joined.length() > LineMarkers.MAX_MARKED_LENGTH) {
                return -1;
            }
            if (mayEnd(lines.get(j).strip()) && isComplete(joined.toString()) && isConvincing(joined.toString(), j > start, isQuoteNext(markers, j + 1))) {
                return j;
            }
            if (markers[j] == Marker.QUOTE) {
                return -1;
            }
        }
        return -1;
    }

    /** Appends a wrapped continuation; a blank line, a marked line or a whole attribution ends the window. */
    private static boolean extend(StringBuilder joined, String line, Marker marker) {
        boolean continues = marker == Marker.TEXT || marker == Marker.QUOTE;
        if (!continues || line.isEmpty() || (mayEnd(line) && isStart(line) && isComplete(line))) {
            return false;
        }
        joined.append(' ').append(line);
        return true;
    }

    private static boolean isStart(String line) {
        if (endsLikeSentence(line)) {
            return false;
        }
        return line.indexOf('<') >= 0
                || MailAddresses.isIn(line)
                || (hasDigit(line) && (WORD_OPENER.matcher(line).lookingAt() || DATE_OPENER.matcher(line).lookingAt()));
    }

    /** Shape only: how it starts is checked by {@link #isStart}, here how it ends. */
    private static boolean isComplete(String text) {
        if (!isBalanced(text)) {
            return false;
        }
        if (GMAIL_NUMERIC.matcher(text).lookingAt()) {
            return true;
        }
        if (GMAIL_SLASHED.matcher(text).lookingAt() && MailAddresses.isIn(text) && text.replaceAll(":$", "").endsWith(">")) {
            return true;
        }
        String head = beforeFinalColon(text);
        if (head == null) {
            return false;
        }
        return AttributionVerbs.isIn(head) || (DATE_OPENER.matcher(text).lookingAt() && head.endsWith(">"));
    }

    /**
     * A one-line attribution is convincing when quotes follow or it names an address; a wrapped one
     * needs the address, or quotes and a time, so that wrapped prose is never taken for one.
     */
    private static boolean isConvincing(String text, boolean wrapped, boolean quoteNext) {
        if (MailAddresses.isIn(text) || GMAIL_NUMERIC.matcher(text).lookingAt()) {
            return true;
        }
        return quoteNext && (!wrapped || TIME.matcher(text).find());
    }

    private static boolean isQuoteNext(Marker[] markers, int from) {
        int i = from;
        while (i < markers.length && markers[i] == Marker.EMPTY) {
            i++;
        }
        return i < markers.length && markers[i] == Marker.QUOTE;
    }

    /** The text before a final ":" or "：" (white space, also no-break, allowed before it), or null. */
    private static String beforeFinalColon(String text) {
        String trimmed = text.strip();
        if (!trimmed.endsWith(":") && !trimmed.endsWith("：")) {
            return null;
        }
        int end = trimmed.length() - 1;
        while (end > 0 && (Character.isWhitespace(trimmed.charAt(end - 1)) || Character.isSpaceChar(trimmed.charAt(end - 1)))) {
            end--;
        }
        return trimmed.substring(0, end);
    }

    private static boolean endsLikeSentence(String line) {
        int last = line.length() - 1;
        char end = line.charAt(last);
        return end == '!' || end == '?' || (end == '.' && last > 0 && Character.isLetter(line.charAt(last - 1)));
    }

    private static boolean isBalanced(String text) {
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            open += c == '<' ? 1 : c == '>' ? -1 : 0;
        }
        return open == 0;
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Every complete attribution ends in a colon, or in "&gt;" (Gmail's slashed form), or is Gmail's numeric form. */
    private static boolean mayEnd(String line) {
        char last = line.charAt(line.length() - 1);
        return last == ':' || last == '：' || last == '>' || GMAIL_NUMERIC.matcher(line).lookingAt();
    }
}
