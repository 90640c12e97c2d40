package org.mail2blog.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a letter's paragraphs into blocks the template renders with auto-escaping: runs of lines the
 * writer quoted with {@code >} become quotation blocks, and web and mail addresses written as
 * {@code http://}, {@code https://} or {@code mailto:} become links. No other scheme ever becomes a
 * link, and the text is never marked safe: the template escapes every piece. Stateless.
 */
public final class LetterText {
    private static final Pattern LINK = Pattern.compile("\\b(?:https?://|mailto:)[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("^\\s*>\\s?");
    private static final String TRAILING = ".,;:!?'";

    private LetterText() {
    }

    /** One paragraph or quotation: lines of pieces. */
    public record Block(boolean isQuote, List<List<Piece>> lines) {
        public Block {
            lines = List.copyOf(lines);
        }
    }

    /** Plain text, or a link when {@code href} is not empty (then {@code text} is what it shows). */
    public record Piece(String text, String href) {
        public boolean isLink() {
            return !href.isEmpty();
        }
    }

    /** The blocks of a letter's paragraphs (each a list of lines), in order. */
    public static List<Block> blocks(List<List<String>> paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            List<List<Piece>> run = new ArrayList<>();
            boolean isQuote = false;
            for (String line : paragraph) {
                boolean quoted = QUOTED.matcher(line).find();
                if (quoted != isQuote && !run.isEmpty()) {
                    blocks.add(new Block(isQuote, run));
                    run = new ArrayList<>();
                }
                isQuote = quoted;
                run.add(pieces(quoted ? QUOTED.matcher(line).replaceFirst("") : line));
            }
            if (!run.isEmpty()) {
                blocks.add(new Block(isQuote, run));
            }
        }
        return blocks;
    }

    /** One line as text and link pieces. */
    static List<Piece> pieces(String line) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = LINK.matcher(line);
        int at = 0;
        while (m.find()) {
            String url = withoutTrailingPunctuation(m.group());
            if (url.indexOf(':') == url.length() - 1 || url.endsWith("//")) {
                continue;
            }
            text(pieces, line.substring(at, m.start()));
            pieces.add(new Piece(url, url));
            at = m.start() + url.length();
        }
        text(pieces, line.substring(at));
        return pieces;
    }

    private static void text(List<Piece> pieces, String text) {
        if (!text.isEmpty()) {
            pieces.add(new Piece(text, ""));
        }
    }

    private static String withoutTrailingPunctuation(String url) {
        String u = url;
        while (!u.isEmpty() && (TRAILING.indexOf(u.charAt(u.length() - 1)) >= 0
                || u.endsWith(")") && count(u, '(') < count(u, ')'))) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
