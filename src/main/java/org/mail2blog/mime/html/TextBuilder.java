package org.mail2blog.mime.html;

import java.util.ArrayList;
import java.util.List;
import org.mail2blog.support.Lines;

/**
 * Plain text written line by line while an HTML tree is walked. Every line starts with the prefix
 * of where it stands: "&gt; " per open quote (plus one more once the quoted history has begun)
 * and the indentation of open list items, or the item's marker on its first line. Outside
 * {@code pre} there is never more than one blank line in a row. One instance serves one body.
 */
final class TextBuilder {
    private static final String QUOTE = "> ";
    private static final String DELIMITER = "-- ";

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final List<String> indents = new ArrayList<>();
    private boolean isOpen;
    private int contentStart;
    private int depth;
    private boolean isHistory;
    private String marker = "";

    /** Inline text whose white space is already collapsed to single spaces. */
    void text(String text) {
        String piece = !isOpen || line.length() > contentStart && line.charAt(line.length() - 1) == ' '
                ? text.stripLeading() : text;
        if (!piece.isEmpty()) {
            open();
            line.append(piece);
        }
    }

    /** Preformatted text: every line end is kept, blank lines too. */
    void verbatim(String text) {
        String[] parts = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                open();
                finish();
            }
            if (!parts[i].isEmpty()) {
                open();
                line.append(parts[i]);
            }
        }
    }

    /** A {@code <br>}: ends the line, or adds a blank line when none is above. */
    void lineBreak() {
        if (isOpen || !isBlankAbove()) {
            openBlank();
            finish();
        }
    }

    /** Ends the current line, if anything is on it. */
    void boundary() {
        if (isOpen) {
            finish();
        }
    }

    /** Ends the current line and leaves one blank line, except at the very start. */
    void paragraphBreak() {
        boundary();
        if (!lines.isEmpty() && !isBlankAbove()) {
            openBlank();
            finish();
        }
    }

    void startQuote() {
        boundary();
        depth++;
    }

    /** Ends a quote; a blank line that closes it belongs to the text around it. */
    void endQuote() {
        boundary();
        depth--;
        if (!lines.isEmpty() && isBlankAbove()) {
            lines.set(lines.size() - 1, quotePrefix().stripTrailing());
        }
    }

    /** From here on everything is quoted history (Outlook's separator: nothing below it is the writer's). */
    void startHistory() {
        boundary();
        isHistory = true;
    }

    /** Starts a list item whose first line begins with {@code itemMarker}, e.g. "- " or "2. ". */
    void startItem(String itemMarker) {
        boundary();
        indents.add(" ".repeat(itemMarker.length()));
        marker = itemMarker;
    }

    void endItem() {
        boundary();
        indents.remove(indents.size() - 1);
        marker = "";
    }

    /** The RFC 3676 §4.3 signature delimiter "-- " on a line of its own, kept with its space, once. */
    void signatureDelimiter() {
        boundary();
        if (lines.contains(DELIMITER)) {
            return;
        }
        open();
        line.append(DELIMITER);
        finish();
    }

    /** The text so far, without blank lines at either end. */
    String text() {
        boundary();
        return Lines.joinWithoutBlankEnds(lines);
    }

    private String quotePrefix() {
        return QUOTE.repeat(depth + (isHistory ? 1 : 0));
    }

    private void open() {
        if (!isOpen) {
            line.append(quotePrefix());
            for (int i = 0; i < indents.size(); i++) {
                line.append(i == indents.size() - 1 && !marker.isEmpty() ? marker : indents.get(i));
            }
            marker = "";
            contentStart = line.length();
            isOpen = true;
        }
    }

    /** A blank line carries only the quote marks, so that it stays inside its quote. */
    private void openBlank() {
        if (!isOpen) {
            line.append(quotePrefix().stripTrailing());
            contentStart = line.length();
            isOpen = true;
        }
    }

    private void finish() {
        String done = line.toString();
        boolean isDelimiter = done.substring(contentStart).equals(DELIMITER) && contentStart == 0;
        lines.add(isDelimiter ? done : done.stripTrailing());
        line.setLength(0);
        isOpen = false;
    }

    private boolean isBlankAbove() {
        return lines.isEmpty() || lines.get(lines.size() - 1).replace(">", "").isBlank();
    }
}
