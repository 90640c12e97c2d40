package org.mail2blog.mime;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chooses between a message's plain-text and HTML renderings of the same letter. The plain text
 * wins, because it is what the writer's client meant as text, unless it is empty, a placeholder
 * ("This message is in HTML format"), or a crude one-line squeeze of an HTML body that has real
 * lines. Each time the HTML wins over a non-empty plain part, the choice is recorded as a warning.
 */
final class BodyChoice {
    /** Longer plain parts are letters, not placeholders. */
    private static final int MAX_PLACEHOLDER_LENGTH = 300;
    /** How much of a one-line plain part must open the HTML text for it to count as the same letter. */
    private static final int SAME_START_LENGTH = 40;
    /** How many lines of its own the HTML must have before a one-line plain part counts as crude. */
    private static final int MIN_HTML_LINES = 3;

    // Placeholders that HTML-first mailers put into text/plain, English and Swedish
    // (outlook-desktop-en-placeholder-plain, MimeParserTest.Bodies).
    private static final Pattern PLACEHOLDER = Pattern.compile("this (message|e-?mail) is in html format"
            + "|this is an html (message|e-?mail)|does not support html|html-capable|html compatible"
            + "|(meddelandet|brevet|mejlet) är i html-format|stöd(er|jer) inte html",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The chosen text, and why the plain part was passed over, if it was. */
    record Choice(String text, Optional<ParseWarning> warning) {
    }

    private BodyChoice() {
    }

    /** Chooses between {@code plain} and {@code html}, both already turned into tidy text. */
    static Choice choose(String plain, String html) {
        if (plain.isBlank() || html.isBlank()) {
            return new Choice(plain.isBlank() ? html : plain, Optional.empty());
        }
        if (plain.length() <= MAX_PLACEHOLDER_LENGTH && PLACEHOLDER.matcher(plain).find()) {
            return new Choice(html, Optional.of(new ParseWarning("plain-placeholder",
                    "the text/plain part is only a placeholder ('" + plain.strip() + "'); the text/html part was used")));
        }
        if (isCrude(plain, html)) {
            return new Choice(html, Optional.of(new ParseWarning("plain-one-line",
                    "the text/plain part squeezes the letter into one line; the text/html part, which has its lines, was used")));
        }
        return new Choice(plain, Optional.empty());
    }

    /**
     * One line of plain text that opens like the HTML, which has at least three lines of its own
     * (not quoted): the same letter with its line breaks lost (webmail-sv-one-line-plain).
     */
    private static boolean isCrude(String plain, String html) {
        long plainLines = plain.lines().filter(line -> !line.isBlank()).count();
        long htmlLines = html.lines().filter(line -> !line.isBlank() && !line.startsWith(">")).count();
        String start = collapsed(plain).substring(0, Math.min(SAME_START_LENGTH, collapsed(plain).length()));
        return plainLines == 1 && htmlLines >= MIN_HTML_LINES && collapsed(html).startsWith(start);
    }

    private static String collapsed(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
