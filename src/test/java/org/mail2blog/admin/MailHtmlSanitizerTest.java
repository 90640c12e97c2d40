package org.mail2blog.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MailHtmlSanitizerTest {
    private final MailHtmlSanitizer sanitizer = new MailHtmlSanitizer();

    private Document sanitized(String html) {
        return Jsoup.parseBodyFragment(sanitizer.sanitize(html).markup());
    }

    @Test
    void dropsScriptsAndTheirContent() {
        String markup = sanitizer.sanitize("<p>Hej</p><script>alert('stöld')</script>").markup();

        assertThat(markup).isEqualTo("<p>Hej</p>");
    }

    @Test
    void dropsEventHandlers() {
        Document html = sanitized("<p onclick=\"alert(1)\">Hej</p><div onerror=\"alert(2)\">då</div>");

        assertThat(html.select("[onclick], [onerror]")).isEmpty();
        assertThat(html.text()).isEqualTo("Hej då");
    }

    @Test
    void turnsRemoteImagesIntoTheirDescription() {
        Document html = sanitized("<p>Se bilden <img src=\"https://tracker.example.com/p.gif?u=1\" alt=\"Kompost\""
                + " onerror=\"alert(1)\"><img src=\"https://tracker.example.com/open.gif\" width=\"1\"></p>");

        assertThat(html.select("img, [src], [onerror]")).isEmpty();
        assertThat(html.text()).isEqualTo("Se bilden [image: Kompost][image]");
        assertThat(html.html()).doesNotContain("tracker.example.com");
    }

    @Test
    void dropsStyleElementsAndStyleAttributes() {
        Document html = sanitized("<html><head><style>p { color: red }</style></head><body>"
                + "<style>body { background: url(https://tracker.example.com/bg.png) }</style>"
                + "<p style=\"background: url(https://tracker.example.com/x.png)\">Hej</p></body></html>");

        assertThat(html.select("style, [style]")).isEmpty();
        assertThat(html.html()).doesNotContain("tracker.example.com").doesNotContain("color: red");
    }

    @Test
    void linksCannotBeClickedAndShowWhereTheyGo() {
        Document html = sanitized("<p><a href=\"javascript:alert(1)\">Klicka</a> eller "
                + "<a href=\"https://example.com/lager\">lägersidan</a>, "
                + "<a href=\"https://example.com/\">https://example.com/</a></p>");

        assertThat(html.select("a, [href]")).isEmpty();
        assertThat(html.text()).isEqualTo("Klicka (javascript:alert(1)) eller lägersidan (https://example.com/lager), "
                + "https://example.com/");
    }

    @Test
    void dropsFormsFramesAndClassesThatCouldLookLikeOurPage() {
        Document html = sanitized("<form action=\"https://example.com\"><input name=\"p\"></form>"
                + "<iframe src=\"https://example.com\"></iframe><p class=\"flag\" id=\"item-1\">Hej</p>");

        assertThat(html.select("form, input, iframe, [class], [id]")).isEmpty();
        assertThat(html.select("p").text()).isEqualTo("Hej");
    }

    @Test
    void keepsSwedishLettersAndTheStructure() {
        String markup = sanitizer.sanitize("<p>Hej Åsa!</p><blockquote>Räksmörgås åt alla</blockquote>"
                + "<ul><li>sovsäck</li></ul><table><tr><td colspan=\"2\">Öl</td></tr></table>").markup();

        assertThat(markup).contains("<p>Hej Åsa!</p>").contains("<blockquote>Räksmörgås åt alla</blockquote>")
                .contains("<li>sovsäck</li>").contains("<td colspan=\"2\">Öl</td>");
    }
}
