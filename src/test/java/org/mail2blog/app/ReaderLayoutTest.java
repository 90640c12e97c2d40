package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mail2blog.support.Texts;

/** The shared page chrome that makes every reader page navigable by keyboard and screen reader. */
class ReaderLayoutTest {
    private static final Path TEMPLATES = Path.of("templates");

    private static Document notFound(String language) throws Exception {
        Views views = new Views(TEMPLATES, Texts.load(TEMPLATES, Locale.forLanguageTag(language)));
        return Jsoup.parse(views.render("reader/not-found.ftlh", Map.of()));
    }

    @Test
    void pageLanguageIsTheBlogLanguage() throws Exception {
        assertThat(notFound("sv").select("html").attr("lang")).isEqualTo("sv");
        assertThat(notFound("en").select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void skipLinkComesFirstAndPointsAtTheMainLandmark() throws Exception {
        Document page = notFound("sv");
        assertThat(page.body().child(0).is("a.skip-link[href=#main]")).isTrue();
        assertThat(page.body().child(0).text()).isEqualTo("Hoppa till innehållet");
        assertThat(page.select("main#main")).hasSize(1);
    }

    @Test
    void landmarksAreBannerMainAndFooterWithOneHeading() throws Exception {
        Document page = notFound("en");
        assertThat(page.body().children().stream().map(e -> e.tagName()).toList())
                .containsExactly("a", "header", "main", "footer");
        assertThat(page.select("body > header.site a.site-name[href=/]")).hasSize(1);
        assertThat(page.select("footer.site nav[aria-label=Site] a[href=/]").text()).isEqualTo("All conversations");
        assertThat(page.select("h1")).hasSize(1);
    }
}
