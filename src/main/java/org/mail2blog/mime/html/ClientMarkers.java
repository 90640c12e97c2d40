package org.mail2blog.mime.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an HTML element is to a reader of the reply, judged by the markers mail clients put on
 * their quotes, attributions and signatures. Each marker names its client and a fixture under
 * {@code src/test/resources/mail/clients/} that proves it; unmarked content is the writer's.
 */
final class ClientMarkers {
    /** How the renderer treats an element. */
    enum Role {
        /** Never rendered: head, scripts, styles, hidden elements. */
        SKIPPED,
        /** Quoted history or its attribution line: every line becomes a "&gt; " line. */
        QUOTE,
        /** The start of quoted history that runs to the end of the body (Outlook's separator). */
        HISTORY,
        /** A signature block: rendered after a "-- " delimiter line. */
        SIGNATURE,
        /** Anything else: the writer's own content. */
        CONTENT
    }

    private static final Set<String> SKIPPED_TAGS =
            Set.of("head", "script", "style", "title", "template", "noscript", "meta", "link", "object", "iframe", "svg");

    // Signature containers with an id: new Outlook and Outlook on the web (outlook-new-en-signature),
    // Yahoo mobile apps (yahoo-android-en-signature) and Outlook mobile (outlook-mobile-en-ios-top-post).
    private static final Set<String> SIGNATURE_IDS = Set.of(
            "signature", "ymail_android_signature", "ymail_iphone_signature", "ms-outlook-mobile-signature");

    // Outlook desktop draws its reply header block in a div with a top border: #E1E1E1 since
    // Outlook 2013 (outlook-desktop-sv-html-only-smart-quotes, outlook-desktop-en-placeholder-plain),
    // #B5C4DF in Outlook 2007/2010 and Outlook for Mac (HtmlTextTest.Outlook).
    private static final Pattern OUTLOOK_SEPARATOR =
            Pattern.compile("border-top:solid#(e1e1e1|b5c4df)1(\\.0)?pt");
    // The first field of that header block, in the languages our writers use: English, Swedish,
    // Danish/Norwegian, German, Dutch, French/Spanish.
    private static final Pattern HEADER_FROM = Pattern.compile("^(From|Från|Fra|Von|Van|De)\\s?:", Pattern.CASE_INSENSITIVE);

    private ClientMarkers() {
    }

    static Role roleOf(Element element) {
        if (isSkipped(element)) {
            return Role.SKIPPED;
        }
        if (startsHistory(element)) {
            return Role.HISTORY;
        }
        if (isQuote(element) || isAttribution(element)) {
            return Role.QUOTE;
        }
        return isSignature(element) ? Role.SIGNATURE : Role.CONTENT;
    }

    /** True when a signature element already begins with its own "-- " (Thunderbird's do). */
    static boolean hasOwnDelimiter(Element signature) {
        return signature.wholeText().stripLeading().startsWith("--");
    }

    /**
     * A paragraph that Word or a web editor uses as a single line (zero margins), so that Enter
     * gives a new line, not a new paragraph: Outlook desktop's {@code p.MsoNormal}
     * (outlook-desktop-sv-html-only-smart-quotes) and OWA's zero-margin {@code p} (owa-sv-html-only).
     */
    static boolean isLineParagraph(Element p) {
        String style = style(p);
        return p.className().startsWith("Mso") || style.contains("margin:0;") || style.contains("margin:0px;")
                || style.contains("margin-top:0") && style.contains("margin-bottom:0");
    }

    private static boolean isSkipped(Element element) {
        String style = style(element);
        // Hidden text (preheaders, Outlook's mso-hide) is never what the reader saw.
        return SKIPPED_TAGS.contains(element.normalName()) || style.contains("display:none")
                || style.contains("mso-hide:all")
                // Gmail writes its own "-- " before the signature (gmail-web-sv-html-only-signature);
                // we write the delimiter ourselves.
                || element.hasClass("gmail_signature_prefix");
    }

    private static boolean startsHistory(Element element) {
        String id = element.id();
        return id.equals("appendonsend") // new Outlook, OWA (outlook-new-sv-html-only, owa-sv-html-only)
                // OWA, Outlook.com, Outlook mobile (outlookcom-en-top-post, outlook-mobile-en-ios-top-post)
                || id.equals("divRplyFwdMsg")
                || element.hasClass("OutlookMessageHeader") // Outlook 2003 (outlook-2003-en-top-post)
                // the rule above #divRplyFwdMsg (outlookcom-en-top-post)
                || element.normalName().equals("hr") && next(element).id().equals("divRplyFwdMsg")
                || isOutlookSeparator(element);
    }

    private static boolean isOutlookSeparator(Element element) {
        return element.normalName().equals("div") && OUTLOOK_SEPARATOR.matcher(style(element)).find()
                && HEADER_FROM.matcher(element.text().strip()).find();
    }

    private static boolean isQuote(Element element) {
        if (element.normalName().equals("blockquote")) {
            return !isIndent(element);
        }
        // Yahoo web and apps: div.yahoo_quoted, div#yahoo_quoted_123, div.ydp1a2b3cyahoo_quoted
        // (yahoo-sv-html-only, HtmlTextTest.Yahoo); the attribution is inside.
        return element.className().contains("yahoo_quoted") || element.id().contains("yahoo_quoted");
    }

    /**
     * Gmail's and Apple Mail's "indent" button makes a borderless blockquote with a 40px margin:
     * the writer's own text, moved right (gmail-web-sv-indent-kept). Quotes are marked
     * {@code type=cite} or {@code class=gmail_quote}; a bare blockquote is taken as a quote.
     */
    private static boolean isIndent(Element blockquote) {
        String style = style(blockquote);
        return !blockquote.hasAttr("type") && !blockquote.hasClass("gmail_quote")
                && style.contains("border:none") && style.contains("40px");
    }

    /**
     * The attribution line right above a quote, when the client marks it: Gmail's
     * {@code div.gmail_attr} (gmail-web-en-top-post-html-only) and Thunderbird's
     * {@code div.moz-cite-prefix} (thunderbird-sv-top-post). It is quoted with the quote, so the
     * trimmer removes it whatever its language; Gmail's forward header, which no blockquote
     * follows, stays for the trimmer's separator rule.
     */
    private static boolean isAttribution(Element element) {
        return (element.hasClass("gmail_attr") || element.hasClass("moz-cite-prefix"))
                && next(element).normalName().equals("blockquote");
    }

    private static boolean isSignature(Element element) {
        return element.hasClass("gmail_signature") // Gmail web and apps (gmail-web-sv-html-only-signature)
                || element.hasClass("moz-signature") // Thunderbird, div or pre (thunderbird-sv-bottom-post-signature)
                || SIGNATURE_IDS.contains(element.id().toLowerCase(Locale.ROOT));
    }

    private static Element next(Element element) {
        Element next = element.nextElementSibling();
        return next == null ? new Element("span") : next;
    }

    /** The style attribute, lower-case and without white space, for substring tests. */
    private static String style(Element element) {
        return element.attr("style").toLowerCase(Locale.ROOT).replaceAll("\\s+", "") + ";";
    }
}
