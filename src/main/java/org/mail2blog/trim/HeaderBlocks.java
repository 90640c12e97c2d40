package org.mail2blog.trim;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mail2blog.trim.LineMarkers.Marker;

/**
 * Finds the mail-header blocks that Outlook (desktop, web and mobile), Apple Mail and Gmail put
 * above a quoted or forwarded mail: a "From:" line followed closely by at least two more header
 * fields, in the client's language, optionally in *bold* (Gmail and Outlook turn HTML bold into
 * stars) and with a rule of dashes or underscores above it.
 */
final class HeaderBlocks {
    /** How far below "From:" the other fields are looked for; HTML conversions put blank lines between them. */
    private static final int FIELD_REACH = 8;
    private static final int MIN_OTHER_FIELDS = 2;
    /** Blank lines allowed between the rule line and the header block. */
    private static final int RULE_REACH = 3;

    // "Name:" or "Name :" (French puts a space before the colon), optionally *bold*.
    private static final Pattern FIELD = Pattern.compile("^\\*{0,2}(\\p{L}[\\p{L}-]{0,19})\\s?:\\*{0,2}(\\s|$)");
    private static final Pattern RULE = Pattern.compile("^(_{5,}|-{5,})$");

    // "From" in English, Swedish, German, Danish/Norwegian, French/Spanish/Portuguese, Dutch,
    // Italian, Polish, Finnish, Russian (outlook-desktop-en-top-post, outlook-desktop-sv-top-post,
    // outlook-desktop-de-top-post, outlook-web-fr-top-post, outlook-desktop-nl-top-post,
    // outlook-desktop-it-top-post, outlook-desktop-es-top-post, outlook-desktop-da-top-post).
    private static final Set<String> FROM = Set.of(
            "from", "från", "von", "fra", "de", "van", "da", "od", "lähettäjä", "от");
    // The fields Outlook, Apple Mail and Gmail print below it, in the same languages.
    private static final Set<String> FIELDS = Set.of(
            "sent", "date", "to", "cc", "bcc", "subject", "reply-to",
            "skickat", "datum", "till", "kopia", "ämne",
            "gesendet", "an", "betreff",
            "sendt", "dato", "til", "kopi", "emne",
            "envoyé", "à", "objet",
            "verzonden", "aan", "onderwerp",
            "inviato", "a", "oggetto", "data", "risposta",
            "enviado", "para", "asunto", "fecha", "assunto", "enviada",
            "wysłano", "do", "temat",
            "lähetetty", "vastaanottaja", "aihe", "päivämäärä",
            "отправлено", "кому", "тема", "дата", "копия");

    private HeaderBlocks() {
    }

    /** Marks header blocks among the {@link Marker#TEXT} lines, with their rule line, in place. */
    static void mark(List<String> lines, Marker[] markers) {
        String[] names = new String[markers.length];
        for (int i = 0; i < markers.length; i++) {
            names[i] = markers[i] == Marker.TEXT ? fieldName(lines.get(i)) : "";
        }
        for (int i = 0; i < markers.length; i++) {
            if (markers[i] == Marker.TEXT && FROM.contains(names[i])) {
                int last = lastField(names, markers, i);
                if (last > i) {
                    markBlock(lines, markers, i, last);
                    i = last;
                }
            }
        }
    }

    /** The last of at least two header fields below "From:", or -1. */
    private static int lastField(String[] names, Marker[] markers, int from) {
        int found = 0;
        int last = -1;
        for (int j = from + 1; j < markers.length && j <= from + FIELD_REACH; j++) {
            if (markers[j] == Marker.TEXT && FIELDS.contains(names[j])) {
                found++;
                last = j;
            }
        }
        return found >= MIN_OTHER_FIELDS ? last : -1;
    }

    private static void markBlock(List<String> lines, Marker[] markers, int from, int last) {
        for (int j = from; j <= last; j++) {
            markers[j] = markers[j] == Marker.EMPTY ? Marker.EMPTY : Marker.HEADER;
        }
        int above = from - 1;
        while (above >= 0 && from - above <= RULE_REACH && markers[above] == Marker.EMPTY) {
            above--;
        }
        // Outlook draws "____" above the block; Gmail renders Outlook's HTML rule as dashes
        // (outlook-swedish-header-block, outlook-web-en-dash-rule).
        if (above >= 0 && lines.get(above).length() <= LineMarkers.MAX_MARKED_LENGTH
                && RULE.matcher(lines.get(above).strip().replace("*", "")).matches()) {
            markers[above] = Marker.HEADER;
        }
    }

    /** The lower-case field name of a "Name: value" line, or "" when the line is not one. */
    private static String fieldName(String line) {
        if (line.length() > LineMarkers.MAX_MARKED_LENGTH || line.indexOf(':') < 0) {
            return "";
        }
        Matcher field = FIELD.matcher(line.strip());
        return field.lookingAt() ? field.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
