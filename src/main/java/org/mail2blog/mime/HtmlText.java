package org.mail2blog.mime;

import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders an HTML body as readable plain text for HTML-only mail. Blocks and {@code <br>} become
 * line breaks, paragraphs are separated by a blank line, list items become "- item" lines, links
 * become "text (URL)" when the URL says more than the text, and blockquotes become "> " lines so
 * that the reply trimmer can cut quoted history the same way as in plain-text mail.
 */
final class HtmlText {
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title", "template", "noscript");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre", "table");
    private static final Set<String> BLOCKS = Set.of("div", "tr", "dl", "dt", "dd", "address", "section",
            "article", "header", "footer", "center", "hr", "fieldset", "form", "main", "nav", "figure");

    private HtmlText() {
    }

    /** The text of {@code html}, with {@code \n} line ends and no trailing white space on lines. */
    static String toText(String html) {
        return render(Jsoup.parse(html).body(), false);
    }

    private static String render(Element element, boolean pre) {
        Lines out = new Lines();
        children(element, out, pre);
        return out.text();
    }

    private static void children(Element element, Lines out, boolean pre) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.inline(pre ? text.getWholeText() : text.getWholeText().replaceAll("[\\s\\u00A0]+", " "), pre);
            } else if (child instanceof Element inner) {
                element(inner, out, pre);
            }
        }
    }

    private static void element(Element element, Lines out, boolean pre) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        switch (tag) {
            case "br" -> out.lineBreak();
            case "blockquote" -> out.block(Lines.prefix(render(element, pre), "> "));
            case "li" -> out.block(Lines.listItem(render(element, pre), marker(element)));
            case "a" -> link(element, out, pre);
            case "td", "th" -> {
                children(element, out, pre);
                out.inline(" ", false);
            }
            default -> container(element, out, pre || tag.equals("pre"));
        }
    }

    private static void container(Element element, Lines out, boolean pre) {
        String tag = element.normalName();
        if (PARAGRAPHS.contains(tag)) {
            out.paragraphBreak();
            children(element, out, pre);
            out.paragraphBreak();
        } else if (BLOCKS.contains(tag)) {
            out.boundary();
            children(element, out, pre);
            out.boundary();
        } else {
            children(element, out, pre);
        }
    }

    private static String marker(Element item) {
        Element list = item.parent();
        if (list != null && list.normalName().equals("ol")) {
            return (item.elementSiblingIndex() + 1) + ". ";
        }
        return "- ";
    }

    private static void link(Element link, Lines out, boolean pre) {
        children(link, out, pre);
        String href = link.attr("href").trim();
        if (href.isEmpty() || href.startsWith("#") || sameTarget(href, link.text())) {
            return;
        }
        out.inline(link.text().isBlank() ? href : " (" + href + ")", pre);
    }

    /** True when the visible text already shows where the link goes (ignoring scheme and trailing '/'). */
    private static boolean sameTarget(String href, String text) {
        return bare(href).equalsIgnoreCase(bare(text));
    }

    private static String bare(String url) {
        return url.trim().replaceFirst("^(?i)(mailto:|https?://)", "").replaceFirst("/$", "");
    }

    /** A text under construction, which knows whether it stands at the start of a line. */
    private static final class Lines {
        private final StringBuilder text = new StringBuilder();

        void inline(String more, boolean pre) {
            String piece = more;
            if (!pre && (isAtLineStart() || text.charAt(text.length() - 1) == ' ')) {
                piece = piece.stripLeading();
            }
            text.append(pre ? piece.replace("\r\n", "\n") : piece);
        }

        void lineBreak() {
            while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
            text.append('\n');
        }

        void boundary() {
            if (!isAtLineStart()) {
                lineBreak();
            }
        }

        void paragraphBreak() {
            boundary();
            if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
                text.append('\n');
            }
        }

        void block(String lines) {
            if (!lines.isBlank()) {
                boundary();
                text.append(lines);
                lineBreak();
            }
        }

        private boolean isAtLineStart() {
            return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
        }

        /** Trailing white space stripped, runs of blank lines collapsed, blank ends trimmed. */
        String text() {
            return text.toString().lines()
                    .map(String::stripTrailing)
                    .collect(Collectors.joining("\n"))
                    .replaceAll("\n{3,}", "\n\n")
                    .replaceAll("^\n+|\n+$", "");
        }

        static String prefix(String lines, String prefix) {
            return lines.lines()
                    .map(line -> line.isEmpty() ? prefix.strip() : prefix + line)
                    .collect(Collectors.joining("\n"));
        }

        static String listItem(String lines, String marker) {
            String indented = prefix(lines, " ".repeat(marker.length()));
            return marker + indented.substring(Math.min(marker.length(), indented.length()));
        }
    }
}
