package org.mail2blog.reader;

import java.util.List;
import java.util.Locale;

/** A short plain-text piece of a letter around the first word a search matched, for the results list. */
final class Snippets {
    static final int CHARS = 200;
    private static final int BEFORE = 60;

    private Snippets() {
    }

    /** About {@link #CHARS} characters of {@code text} on one line, starting a little before the first of {@code words}. */
    static String around(String text, List<String> words) {
        String flat = text.strip().replaceAll("\\s+", " ");
        String lower = flat.toLowerCase(Locale.ROOT);
        int hit = words.stream().mapToInt(w -> lower.indexOf(w.toLowerCase(Locale.ROOT)))
                .filter(i -> i >= 0).min().orElse(0);
        int from = hit <= BEFORE ? 0 : wordStart(flat, hit - BEFORE);
        int to = Math.min(flat.length(), from + CHARS);
        if (to < flat.length()) {
            int space = flat.lastIndexOf(' ', to);
            to = space > hit ? space : to;
        }
        return (from > 0 ? "… " : "") + flat.substring(from, to) + (to < flat.length() ? " …" : "");
    }

    private static int wordStart(String text, int at) {
        int space = text.indexOf(' ', at);
        return space < 0 ? at : space + 1;
    }
}
