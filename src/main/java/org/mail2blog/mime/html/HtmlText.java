package org.mail2blog.mime.html;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders an HTML mail body as readable plain text that the reply trimmer can cut like a
 * plain-text reply. The HTML structure decides what is quoted (see {@link ClientMarkers}):
 * <ul>
 *   <li>quotes and the attribution a client marks above them become "&gt; " lines, so the trimmer
 *       removes them whatever the language of "On ... wrote:"; an attribution the client does not
 *       mark (Apple Mail's) stays an unprefixed line of its own right above the quote, for the
 *       trimmer's attribution rule;</li>
 *   <li>after Outlook's reply separator every line is a "&gt; " line;</li>
 *   <li>a signature block follows a "-- " delimiter line;</li>
 *   <li>blocks and {@code <br>} are line breaks, paragraphs are separated by a blank line, list
 *       items become "- item" or "1. item", web links "text (URL)" when the URL says more than
 *       the text, {@code pre} is kept verbatim, and an image counts only when its text is an emoji.</li>
 * </ul>
 * Nothing of head, style or script, and nothing hidden, is ever rendered.
 *
 * <p>Stateless and thread-safe; each call renders into its own builder.
 */
public final class HtmlText {
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table");
    private static final Set<String> BLOCKS = Set.of("div", "blockquote", "tr", "dl", "dt", "dd", "address",
            "section", "article", "header", "footer", "center", "hr", "fieldset", "form", "main", "nav", "figure", "p");

    private final TextBuilder out = new TextBuilder();

    private HtmlText() {
    }

    /** The text of {@code html}, with {@code \n} line ends and no trailing white space on lines. */
    public static String toText(String html) {
        HtmlText text = new HtmlText();
        text.children(Jsoup.parse(html).body(), false);
        return text.out.text();
    }

    /**
     * The charset an HTML body declares in {@code <meta charset>} or {@code <meta http-equiv>},
     * for a part whose Content-Type has none (Outlook's saved HTML: outlook-desktop-sv-html-only-smart-quotes).
     */
    public static Optional<String> findMetaCharset(byte[] html) {
        Document head = Jsoup.parse(new String(html, StandardCharsets.ISO_8859_1));
        Optional<String> direct = head.select("meta[charset]").stream().map(meta -> meta.attr("charset")).findFirst();
        return direct.or(() -> head.select("meta[http-equiv=content-type]").stream()
                .map(meta -> meta.attr("content").replaceFirst("(?i)^.*charset\\s*=\\s*", ""))
                .filter(charset -> !charset.isBlank() && !charset.contains("/")).findFirst())
                .map(String::strip);
    }

    private void children(Element element, boolean pre) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                if (pre) {
                    out.verbatim(text.getWholeText());
                } else {
                    out.text(text.getWholeText().replaceAll("[\\s\\u00A0]+", " "));
                }
            } else if (child instanceof Element inner) {
                element(inner, pre);
            }
        }
    }

    private void element(Element element, boolean pre) {
        switch (ClientMarkers.roleOf(element)) {
            case SKIPPED -> {
            }
            case QUOTE -> {
                out.startQuote();
                content(element, pre);
                out.endQuote();
            }
            case HISTORY -> {
                out.startHistory();
                content(element, pre);
            }
            case SIGNATURE -> {
                if (!element.text().isBlank() && !ClientMarkers.hasOwnDelimiter(element)) {
                    out.signatureDelimiter();
                }
                content(element, pre);
            }
            case CONTENT -> content(element, pre);
        }
    }

    private void content(Element element, boolean pre) {
        switch (element.normalName()) {
            case "br" -> lineBreak(pre);
            case "li" -> item(element, pre);
            case "a" -> link(element, pre);
            case "img" -> image(element);
            case "pre" -> {
                out.paragraphBreak();
                children(element, true);
                out.paragraphBreak();
            }
            case "td", "th" -> {
                children(element, pre);
                out.text(" ");
            }
            default -> container(element, pre);
        }
    }

    private void lineBreak(boolean pre) {
        if (pre) {
            out.verbatim("\n");
        } else {
            out.lineBreak();
        }
    }

    private void container(Element element, boolean pre) {
        String tag = element.normalName();
        boolean isNestedList = (tag.equals("ul") || tag.equals("ol")) && element.closest("li") != null;
        if (PARAGRAPHS.contains(tag) && !isNestedList && !(tag.equals("p") && ClientMarkers.isLineParagraph(element))) {
            out.paragraphBreak();
            children(element, pre);
            out.paragraphBreak();
        } else if (BLOCKS.contains(tag) || isNestedList) {
            out.boundary();
            if (isBlankLine(element)) {
                out.lineBreak();
            }
            children(element, pre);
            out.boundary();
        } else {
            children(element, pre);
        }
    }

    /** Outlook and OWA write an empty line as a block holding only {@code &nbsp;} (outlook-desktop-sv-html-only-smart-quotes). */
    private static boolean isBlankLine(Element block) {
        String text = block.wholeText();
        return text.indexOf('\u00A0') >= 0 && text.replace('\u00A0', ' ').isBlank()
                && block.select("br, img").isEmpty();
    }

    private void item(Element item, boolean pre) {
        Element list = item.parent();
        String marker = "- ";
        if (list != null && list.normalName().equals("ol")) {
            int start = parseStart(list.attr("start"));
            marker = (start + item.elementSiblingIndex()) + ". ";
        }
        out.startItem(marker);
        children(item, pre);
        out.endItem();
    }

    private static int parseStart(String start) {
        return start.strip().matches("\\d{1,6}") ? Integer.parseInt(start.strip()) : 1;
    }

    /**
     * A web link shows its URL after the text when the text does not already say it. Other
     * schemes (mailto:, tel:) show only their text: no address is ever published from a link.
     */
    private void link(Element link, boolean pre) {
        children(link, pre);
        String href = link.attr("href").strip();
        String text = link.text().strip();
        if (!href.matches("(?i)^https?://.+") || bare(href).equalsIgnoreCase(bare(text))) {
            return;
        }
        if (!text.isEmpty()) {
            out.text(" (" + href + ")");
        } else if (link.select("img").isEmpty()) {
            out.text(href);
        }
    }

    private static String bare(String url) {
        return url.replaceFirst("(?i)^(https?://)?(www\\.)?", "").replaceFirst("/$", "");
    }

    /** Gmail sends emoji as images with {@code data-emoji} (gmail-web-en-emoji); other alt text is decoration. */
    private void image(Element image) {
        String emoji = image.hasAttr("data-emoji") ? image.attr("data-emoji") : image.attr("alt").strip();
        boolean isEmoji = !emoji.isEmpty() && emoji.codePointCount(0, emoji.length()) <= 8
                && emoji.codePoints().noneMatch(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c));
        if (isEmoji) {
            out.text(emoji);
        }
    }
}
