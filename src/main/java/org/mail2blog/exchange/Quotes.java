package org.mail2blog.exchange;

import java.util.List;

/** The "&gt;" quote blocks of a plain-text letter: where they end, and their text one level down. */
final class Quotes {
    private Quotes() {
    }

    static boolean isQuoted(String line) {
        return line.stripLeading().startsWith(">");
    }

    /** The first non-blank line at or after {@code from}, or the size when there is none. */
    static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** The line after the quote block that starts at {@code from}; blank lines between quotes belong to it. */
    static int blockEnd(List<String> lines, int from) {
        int end = from;
        for (int i = from; i < lines.size(); i++) {
            if (isQuoted(lines.get(i))) {
                end = i + 1;
            } else if (!lines.get(i).isBlank()) {
                break;
            }
        }
        return end;
    }

    /** The lines with one level of quoting removed: "&gt; &gt; a" becomes "&gt; a", "&gt;" becomes "". */
    static List<String> unquote(List<String> lines) {
        return lines.stream().map(Quotes::unquote).toList();
    }

    private static String unquote(String line) {
        String text = line.stripLeading();
        if (!text.startsWith(">")) {
            return line;
        }
        return text.startsWith("> ") ? text.substring(2) : text.substring(1);
    }
}
