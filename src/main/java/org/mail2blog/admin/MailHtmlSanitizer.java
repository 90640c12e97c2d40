package org.mail2blog.admin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes the HTML part of a received mail safe to show an admin inside our page. Kept: text and its
 * structure (paragraphs, lists, quotes, tables, emphasis). Gone: scripts, styles, event handlers,
 * forms, frames, every attribute except table spans (so no {@code class} or {@code id} can dress
 * mail content up as our own page), and everything that would reach the network when shown or
 * clicked. Images become "[image: alt text]" (a remote image is a tracker), and links become their
 * text followed by the address in parentheses, so nothing in the mail can be clicked by mistake.
 * Stateless and thread-safe.
 */
public final class MailHtmlSanitizer {
    private static final Safelist SAFELIST = new Safelist()
            .addTags("b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt", "em",
                    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "ol", "p", "pre", "q", "s", "small",
                    "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
                    "u", "ul")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan");

    /** The sanitised form of {@code html}, a whole document or a fragment; its body only. */
    public SafeHtml sanitize(String html) {
        Document dirty = Jsoup.parse(html);
        dirty.body().select("img").forEach(MailHtmlSanitizer::describeImage);
        dirty.body().select("a").forEach(MailHtmlSanitizer::disarmLink);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base)
                .charset(java.nio.charset.StandardCharsets.UTF_8);
        return new SafeHtml(clean.body().html());
    }

    private static void describeImage(Element image) {
        String alt = image.attr("alt").strip();
        image.replaceWith(new TextNode(alt.isEmpty() ? "[image]" : "[image: " + alt + "]"));
    }

    /** The link's text stays; its address follows in parentheses unless the text already says it. */
    private static void disarmLink(Element link) {
        String href = link.attr("href").strip();
        if (!href.isEmpty() && !link.text().strip().equals(href)) {
            link.after(new TextNode(" (" + href + ")"));
        }
        link.unwrap();
    }
}
