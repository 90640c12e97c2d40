package org.mail2blog.trim;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Classifies each line of a reply with a {@link Marker}, after talon's {@code mark_message_lines}.
 * Every pattern names the client and language it is for and the fixture under
 * {@code src/test/resources/mail/trim/} (or the test) that proves it. Patterns only look at lines
 * shorter than {@link #MAX_MARKED_LENGTH}, so they stay cheap on pathological input.
 */
final class LineMarkers {
    /** What one line is. */
    enum Marker {
        /** The writer's own words, or anything not recognised. */
        TEXT,
        /** A blank line. */
        EMPTY,
        /** A "&gt;" quoted line. */
        QUOTE,
        /** A line (or wrapped part of one) introducing quoted history: "On ... wrote:". */
        ATTRIBUTION,
        /** The first line of a mail-header block that introduces quoted history (Outlook). */
        HEADER,
        /** An "-----Original Message-----" separator. */
        SEPARATOR,
        /** The "-- " signature delimiter. */
        SIGNATURE,
        /** A mobile client's footer such as "Sent from my iPhone". */
        FOOTER
    }

    static final int MAX_MARKED_LENGTH = 400;
    /** How many lines a wrapped attribution may span (Gmail wraps long ones after the address). */
    private static final int MAX_ATTRIBUTION_LINES = 3;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Pattern> ATTRIBUTIONS = List.of(
            // English, Gmail / Apple Mail / Thunderbird: "On Tue, 5 Mar 2024 at 09:12, Anna <a@…> wrote:"
            // (gmail-english-top-post, gmail-english-wrapped-attribution)
            Pattern.compile("^On\\s.{1,300}\\swrote:$", FLAGS),
            // Swedish Gmail, and Danish/Norwegian clients: "Den tis 5 mars 2024 kl 09:12 skrev Anna <a@…>:"
            // (gmail-swedish-top-post, swedish-interleaved; Danish/Norwegian: ReplyTrimmerTest.OtherLanguages)
            Pattern.compile("^Den\\s.{1,300}\\sskrev\\s.{1,300}:$", FLAGS),
            // Swedish/Norwegian Apple Mail and Outlook mobile put the date first:
            // "5 mars 2024 kl. 09:12 skrev Anna <a@…>:" (apple-mail-swedish-date-first)
            Pattern.compile("^(\\p{L}{2,4}\\.?,?\\s+)?\\d.{0,120}\\sskrev\\s.{1,300}:$", FLAGS),
            // German Gmail / Thunderbird: "Am 05.03.2024 um 09:12 schrieb Anna <a@…>:" (ReplyTrimmerTest.OtherLanguages)
            Pattern.compile("^Am\\s.{1,300}\\sschrieb\\s.{1,300}:$", FLAGS),
            // French Gmail: "Le mar. 5 mars 2024 à 09:12, Anna <a@…> a écrit :" (ReplyTrimmerTest.OtherLanguages)
            Pattern.compile("^Le\\s.{1,300}\\sa écrit ?:$", FLAGS),
            // Dutch Gmail: "Op di 5 mrt 2024 om 09:12 schreef Anna <a@…>:" (ReplyTrimmerTest.OtherLanguages)
            Pattern.compile("^Op\\s.{1,300}\\sschreef\\s.{1,300}:$", FLAGS),
            // Spanish Gmail: "El mar, 5 mar 2024 a las 9:12, Anna (<a@…>) escribió:" (ReplyTrimmerTest.OtherLanguages)
            Pattern.compile("^El\\s.{1,300}\\sescribió:$", FLAGS));

    /**
     * How every attribution above begins: a language's opening word, or a date with an optional
     * short day name. A wrapped attribution is only looked for from such a line, so a sign-off
     * such as "Mvh / Anna" right above an attribution is not swallowed by it (sign-off-above-attribution).
     */
    private static final Pattern OPENER = Pattern.compile("^((On|Den|Am|Le|Op|El)\\s|(\\p{L}{2,4}\\.?,?\\s+)?\\d)", FLAGS);

    /** A time ("09:12", "9.12") or an address, one of which every real attribution has. */
    private static final Pattern EVIDENCE = Pattern.compile("\\d{1,2}[:.]\\d{2}|@");

    // Outlook desktop/web header blocks, English and Swedish, optionally *bold* when Gmail or
    // Outlook turned the HTML into text (outlook-swedish-header-block, outlook-english-bold-header-block).
    private static final Pattern HEADER_FROM = Pattern.compile("^\\*?(From|Från):\\*?\\s.*", FLAGS);
    private static final Pattern HEADER_FIELD =
            Pattern.compile("^\\*?(Sent|Date|To|Cc|Subject|Skickat|Datum|Till|Kopia|Ämne):\\*?(\\s.*)?$", FLAGS);

    // Outlook and older clients, English and Swedish; Gmail's forwarded-message line
    // (outlook-original-message, swedish-ursprungligt-meddelande).
    private static final Pattern SEPARATOR = Pattern.compile(
            "^-{3,}\\s*(Original Message|Ursprungligt meddelande|Originalmeddelande|Forwarded message"
                    + "|Vidarebefordrat meddelande)\\s*-{3,}$", FLAGS);

    // iOS Mail, Android clients and Outlook mobile, English and Swedish (iphone-footer-english,
    // iphone-footer-swedish).
    private static final Pattern FOOTER = Pattern.compile(
            "^(Sent from my\\s.{1,40}|Skickat från min\\s.{1,40}|Get Outlook for (iOS|Android)"
                    + "|Hämta Outlook för (iOS|Android)|Skaffa Outlook för (iOS|Android))$", FLAGS);

    // RFC 3676 §4.3 "-- "; the bare "--" is accepted too because some clients and editors strip
    // the trailing space (signature-delimiter).
    private static final Pattern SIGNATURE = Pattern.compile("^-- ?$");

    private LineMarkers() {
    }

    /** One marker per line, in order. */
    static Marker[] classify(List<String> lines) {
        Marker[] markers = new Marker[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            markers[i] = markers[i] == null ? single(lines, i) : markers[i];
            if (markers[i] == Marker.TEXT) {
                markWrappedAttribution(lines, i, markers);
            }
        }
        return markers;
    }

    private static Marker single(List<String> lines, int i) {
        String line = lines.get(i).strip();
        if (line.isEmpty()) {
            return Marker.EMPTY;
        }
        if (line.startsWith(">")) {
            return Marker.QUOTE;
        }
        if (lines.get(i).length() > MAX_MARKED_LENGTH) {
            return Marker.TEXT;
        }
        if (SIGNATURE.matcher(lines.get(i)).matches()) {
            return Marker.SIGNATURE;
        }
        if (SEPARATOR.matcher(line).matches()) {
            return Marker.SEPARATOR;
        }
        if (FOOTER.matcher(line).matches()) {
            return Marker.FOOTER;
        }
        if (isAttribution(line) || (hasAttributionShape(line) && isQuoteNext(lines, i + 1))) {
            return Marker.ATTRIBUTION;
        }
        return isHeaderBlock(lines, i) ? Marker.HEADER : Marker.TEXT;
    }

    /**
     * An attribution names a time or an address, which keeps prose such as "On Monday I wrote:" or
     * "Den boken skrev Strindberg 1879:" in the text.
     */
    private static boolean isAttribution(String line) {
        return EVIDENCE.matcher(line).find() && hasAttributionShape(line);
    }

    /**
     * The shape alone ("Den 11 juli 2011 skrev Roger:" without a time) is evidence enough when a
     * quote follows at once (swedish-attribution-without-time).
     */
    private static boolean hasAttributionShape(String line) {
        return ATTRIBUTIONS.stream().anyMatch(pattern -> pattern.matcher(line).matches());
    }

    /**
     * A text line followed by one or two short lines that together form an attribution is one
     * wrapped attribution, but only when quoted lines follow it: prose that happens to join into
     * "On ... wrote:" is not followed by a quote.
     */
    private static void markWrappedAttribution(List<String> lines, int start, Marker[] markers) {
        if (!OPENER.matcher(lines.get(start).strip()).find()) {
            return;
        }
        StringBuilder joined = new StringBuilder(lines.get(start).strip());
        int end = start + 1;
        while (end < lines.size() && end - start < MAX_ATTRIBUTION_LINES && isPlain(lines.get(end))) {
            joined.append(' ').append(lines.get(end).strip());
            end++;
            if (joined.length() <= MAX_MARKED_LENGTH && isAttribution(joined.toString()) && isQuoteNext(lines, end)) {
                for (int i = start; i < end; i++) {
                    markers[i] = Marker.ATTRIBUTION;
                }
                return;
            }
        }
    }

    private static boolean isPlain(String line) {
        return !line.isBlank() && !line.strip().startsWith(">") && !isAttribution(line.strip());
    }

    private static boolean isQuoteNext(List<String> lines, int from) {
        return lines.stream().skip(from).filter(line -> !line.isBlank()).findFirst()
                .map(line -> line.strip().startsWith(">")).orElse(false);
    }

    /** "From:" followed, within the next four lines, by at least two more header fields. */
    private static boolean isHeaderBlock(List<String> lines, int i) {
        if (!HEADER_FROM.matcher(lines.get(i).strip()).matches()) {
            return false;
        }
        long fields = lines.subList(i + 1, Math.min(lines.size(), i + 5)).stream()
                .filter(line -> HEADER_FIELD.matcher(line.strip()).matches())
                .count();
        return fields >= 2;
    }
}
