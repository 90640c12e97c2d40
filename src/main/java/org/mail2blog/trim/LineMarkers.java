package org.mail2blog.trim;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Classifies each line of a reply with a {@link Marker}, after talon's {@code mark_message_lines}.
 * Lines are first marked on their own (quote, signature, separator, footer); then
 * {@link Attributions} and {@link HeaderBlocks} mark what needs the neighbouring lines. Every
 * pattern names the client and language it is for and the fixture that proves it: a whole mail
 * under {@code mail/clients/}, a body under {@code mail/trim/}, or a test in {@code ReplyTrimmerTest}.
 *
 * <p>Patterns only ever see lines shorter than {@link #MAX_MARKED_LENGTH}, none of them has nested
 * quantifiers, and none is run more than a bounded number of times per line, so classifying is
 * linear in the size of the text however hostile it is (ReplyTrimmerTest.WhenInputIsHostile).
 */
final class LineMarkers {
    /** What one line is. */
    enum Marker {
        /** The writer's own words, or anything not recognised. */
        TEXT,
        /** A blank line. */
        EMPTY,
        /** A quoted line: "&gt; …", or Supercite's "AB&gt; …". */
        QUOTE,
        /** A line (or wrapped part of one) introducing quoted history: "On … wrote:". */
        ATTRIBUTION,
        /** A line of a mail-header block (From/Sent/To/Subject) that introduces embedded history. */
        HEADER,
        /** "-----Original Message-----", a forwarded-message line and their translations. */
        SEPARATOR,
        /** A line that starts a signature: "-- ", a rule of underscores, a tracker mark. */
        SIGNATURE,
        /** A mobile client's footer such as "Sent from my iPhone". */
        FOOTER
    }

    /** Longer lines are always the writer's text: no marker is that long. */
    static final int MAX_MARKED_LENGTH = 400;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // Emacs Supercite and Gnus quote with the author's initials: "RL> text" (gnus-en-supercite-quote).
    private static final Pattern SUPERCITE = Pattern.compile("^\\p{Lu}\\p{L}{0,9}>(\\s|$)");

    // RFC 3676 §4.3 "-- ", and the bare "--" left when a client or editor strips the space
    // (signature-delimiter, gmail-web-en-bare-dash-signature). A line of underscores is how
    // Outlook and Thunderbird users draw a signature rule (thunderbird-en-underscore-signature).
    // Gmail tracking extensions leave a lone "ᐧ" where their pixel sits (gmail-web-en-tracker-mark).
    private static final Pattern SIGNATURE = Pattern.compile("^(-- ?|_{10,}|\u1427)$");

    // Outlook's "-----Original Message-----" and Gmail's and Thunderbird's forwarded-message lines,
    // optionally *bold* after an HTML-to-text conversion, in the languages our readers use
    // (outlook-original-message, swedish-ursprungligt-meddelande, outlook-desktop-de-original-message,
    // gmail-web-sv-forwarded, thunderbird-sv-forwarded; the others: ReplyTrimmerTest.Separators).
    private static final Pattern SEPARATOR = Pattern.compile("^\\*?-{2,}\\s?("
            + "Original Message|Forwarded message|Ursprungligt meddelande|Originalmeddelande"
            + "|Vidarebefordrat meddelande|Ursprüngliche Nachricht|Weitergeleitete Nachricht"
            + "|Message d'origine|Message transféré|Oorspronkelijk bericht|Doorgestuurd bericht"
            + "|Mensaje original|Mensaje reenviado|Messaggio originale|Messaggio inoltrato"
            + "|Oprindelig meddelelse|Videresendt meddelelse|Opprinnelig melding|Videresendt melding"
            + "|Alkuperäinen viesti|Välitetty viesti|Oryginalna wiadomość|Przekazana wiadomość"
            + "|Mensagem original|Mensagem encaminhada|Исходное сообщение|Пересылаемое сообщение"
            + ")\\s?-{2,}\\*?$", FLAGS);

    // Apple Mail introduces a forwarded mail with a sentence of its own (apple-mail-sv-forwarded;
    // the others: ReplyTrimmerTest.Separators).
    private static final Pattern FORWARD_INTRO = Pattern.compile("^("
            + "Begin forwarded message|Vidarebefordrat brev|Början på vidarebefordrat meddelande"
            + "|Anfang der weitergeleiteten Nachricht|Début du message réexpédié|Begin doorgestuurd bericht"
            + "|Inicio del mensaje reenviado|Inizio messaggio inoltrato|Start på videresendt besked"
            + "|Start på videresendt melding)\\s?:$", FLAGS);

    private LineMarkers() {
    }

    /** One marker per line, in order. */
    static Marker[] classify(List<String> lines) {
        Marker[] markers = new Marker[lines.size()];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = single(lines.get(i));
        }
        Attributions.mark(lines, markers);
        HeaderBlocks.mark(lines, markers);
        return markers;
    }

    private static Marker single(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return Marker.EMPTY;
        }
        if (isQuote(stripped)) {
            return Marker.QUOTE;
        }
        if (line.length() > MAX_MARKED_LENGTH) {
            return Marker.TEXT;
        }
        char first = stripped.charAt(0);
        boolean ruled = first == '-' || first == '_' || first == '*' || first == '\u1427';
        if (ruled && SIGNATURE.matcher(line.startsWith("--") ? line : stripped).matches()) {
            return Marker.SIGNATURE;
        }
        if ((ruled && (SEPARATOR.matcher(stripped).matches() || Attributions.isDashFramed(stripped)))
                || (stripped.endsWith(":") && FORWARD_INTRO.matcher(stripped).matches())) {
            return Marker.SEPARATOR;
        }
        return MobileFooters.isFooter(stripped) ? Marker.FOOTER : Marker.TEXT;
    }

    /** A line that quotes, given without its surrounding white space. */
    static boolean isQuote(String stripped) {
        if (stripped.charAt(0) == '>') {
            return true;
        }
        int mark = stripped.indexOf('>');
        return mark > 0 && mark <= 10 && Character.isUpperCase(stripped.charAt(0)) && SUPERCITE.matcher(stripped).find();
    }
}
