package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mail2blog.reader.ConversationPage;
import org.mail2blog.reader.IndexPage;
import org.mail2blog.reader.LabelPage;
import org.mail2blog.reader.SearchPage;
import org.mail2blog.support.Texts;

/** The reader's templates: links and quotations in letters, label links, paging, label and search pages. */
class ReaderViewsTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final String XSS = "<script>alert(1)</script>";

    private static Document render(String language, String template, Object model) throws Exception {
        Views views = new Views(TEMPLATES, Texts.load(TEMPLATES, Locale.forLanguageTag(language)));
        String html = views.render(template, model);
        assertThat(html).doesNotContain("<script");
        return Jsoup.parse(html);
    }

    private static ConversationPage conversation(List<String> lines, List<String> labels) {
        return new ConversationPage("kompost", "11 juli 2011", "2011-07-11", "Kompost", List.of(List.of("Intro")),
                List.of(new ConversationPage.Letter(7, "Åsa", "11 juli 2011 kl. 09:14", "2011-07-11T09:14+02:00",
                        List.of(List.of("Hej!"), lines))), List.of(), labels, "1 brev", "blog+t@example.com",
                "mailto:blog+t@example.com?subject=Sv%3A%20Kompost");
    }

    private static IndexPage.Card card(String slug) {
        return new IndexPage.Card(slug, "Samtal " + slug, "11 juli 2011", "2011-07-11", "1 brev", "Utdrag");
    }

    @Test
    void linksInALetterAreClickableWithoutFollowOrOpener() throws Exception {
        Document page = render("sv", "reader/conversation.ftlh",
                conversation(List.of("Se https://example.com/?a=1&b=<2> och javascript:alert(1)"), List.of()));
        Element link = page.selectFirst("#letter-7 a[rel]");
        assertThat(page.select("#letter-7 p a[href]")).hasSize(1);
        assertThat(link.attr("href")).isEqualTo("https://example.com/?a=1&b=");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener ugc");
        assertThat(page.select("#letter-7 p").last().text()).contains("<2> och javascript:alert(1)");
    }

    @Test
    void markupInALetterStaysText() throws Exception {
        Document page = render("sv", "reader/conversation.ftlh", conversation(List.of(XSS + " https://example.com/" + XSS), List.of()));
        assertThat(page.select("#letter-7 script")).isEmpty();
        assertThat(page.select("#letter-7 p").last().text()).startsWith(XSS);
    }

    @Test
    void quotedLinesAreABlockquote() throws Exception {
        Document page = render("sv", "reader/conversation.ftlh",
                conversation(List.of("Du skrev:", "> Glas i eget kärl", "Precis."), List.of()));
        assertThat(page.select("#letter-7 blockquote.quoted").text()).isEqualTo("Glas i eget kärl");
        assertThat(page.select("#letter-7 > p").eachText()).containsExactly("Hej!", "Du skrev:", "Precis.");
    }

    @Test
    void labelsLinkToTheirPages() throws Exception {
        Document page = render("en", "reader/conversation.ftlh", conversation(List.of("Text"), List.of("Miljö", "Ny vardag")));
        assertThat(page.select(".labels a").eachAttr("href")).containsExactly("/labels/Milj%C3%B6", "/labels/Ny%20vardag");
        assertThat(page.select(".labels").text()).isEqualTo("Labels: Miljö, Ny vardag");
    }

    @Test
    void frontPageLinksToOlderAndNewerPages() throws Exception {
        Document page = render("sv", "reader/index.ftlh", new IndexPage(List.of(card("a")), "/", "/?page=3"));
        assertThat(page.select("nav.paging a[rel=prev]").attr("href")).isEqualTo("/");
        assertThat(page.select("nav.paging a[rel=next]").attr("href")).isEqualTo("/?page=3");
        assertThat(page.select("nav.paging").text()).contains("Äldre samtal");
    }

    @Test
    void singlePageHasNoPagingLinks() throws Exception {
        assertThat(render("en", "reader/index.ftlh", new IndexPage(List.of(card("a")))).select("nav.paging")).isEmpty();
    }

    @Test
    void labelPageNamesTheLabelAndListsItsConversations() throws Exception {
        Document page = render("en", "reader/label.ftlh", new LabelPage("Miljö " + XSS, List.of(card("a"), card("b"))));
        assertThat(page.title()).isEqualTo("Label: Miljö " + XSS);
        assertThat(page.select("h1 .label-name").text()).isEqualTo("Miljö " + XSS);
        assertThat(page.select("article.card h2 a").eachAttr("href")).containsExactly("/t/a", "/t/b");
    }

    @Test
    void searchPageBeforeASearchIsTheFormOnly() throws Exception {
        Document page = render("sv", "reader/search.ftlh", new SearchPage("", false, List.of(), ""));
        assertThat(page.select("form.search[method=get][action=/search] input[name=q]")).hasSize(1);
        assertThat(page.select(".hits, .empty, .count")).isEmpty();
    }

    @Test
    void searchResultsLinkToTheLetters() throws Exception {
        SearchPage model = new SearchPage("kärl " + XSS, true, List.of(new SearchPage.Hit("/t/kompost#letter-7",
                "Kompost", "Åsa " + XSS, "11 July 2011, 09:14", "2011-07-11T09:14+02:00", "… eget kärl " + XSS)), "1 letter found");
        Document page = render("en", "reader/search.ftlh", model);
        assertThat(page.select("input[name=q]").val()).isEqualTo("kärl " + XSS);
        assertThat(page.select(".hit h2 a").attr("href")).isEqualTo("/t/kompost#letter-7");
        assertThat(page.select(".hit .meta").text()).isEqualTo("Åsa " + XSS + " · 11 July 2011, 09:14");
        assertThat(page.select(".hit .snippet").text()).isEqualTo("… eget kärl " + XSS);
        assertThat(page.select(".count").text()).isEqualTo("1 letter found");
    }

    @Test
    void searchWithoutHitsSaysSo() throws Exception {
        Document page = render("sv", "reader/search.ftlh", new SearchPage("kärl", true, List.of(), "Inga brev hittades."));
        assertThat(page.select(".empty").text()).isEqualTo("Inga brev hittades.");
        assertThat(page.select(".hits")).isEmpty();
    }
}
