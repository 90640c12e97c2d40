package org.mail2blog.support;

import java.util.List;

/** Joining lines of text. */
public final class Lines {
    private Lines() {
    }

    /** The lines joined with {@code \n}, without blank lines at either end. */
    public static String joinWithoutBlankEnds(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return String.join("\n", lines.subList(from, to));
    }
}
