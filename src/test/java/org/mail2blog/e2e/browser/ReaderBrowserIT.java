package org.mail2blog.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.testing.Axe;
import org.mail2blog.testing.Browser;
import org.mail2blog.testing.BrowserApp;
import org.mail2blog.testing.TestApp;
import org.openqa.selenium.Keys;

/**
 * The reader's pages in a real browser: the way from the index to a conversation and to one
 * letter's permalink, the keyboard's skip link, axe-core's accessibility check of each page type in
 * light and dark mode, and a screenshot of each (under {@code target/screenshots/}).
 */
class ReaderBrowserIT {
    private static final String CONVERSATION = "/t/kallsortering-ii";

    @RegisterExtension
    static final BrowserApp site = new BrowserApp();

    @Test
    void indexLeadsToTheConversationItsPermalinkALabelAndTheSearch() {
        publish("e2e/reader-first-letter.eml", "Åsa Lindqvist");
        String id = publish("e2e/reader-second-letter.eml", "Peter Holm");

        Browser browser = site.browser().open("/");
        browser.screenshot("reader-index");
        browser.clickAndWait("article.card h2 a[href='" + CONVERSATION + "']");
        assertThat(browser.path()).isEqualTo(CONVERSATION);
        assertThat(browser.text("h1")).isEqualTo("Källsortering II – ett brev kom om pantburkarna");
        assertThat(browser.text("#letter-" + id)).contains("Peter Holm").contains("whoever fills the bin");
        screenshotsOfTheConversation(browser);

        browser.open("/").open(CONVERSATION + "#letter-" + id);
        assertThat(browser.script("return document.querySelector(':target').id")).isEqualTo("letter-" + id);
        assertThat(browser.script("return window.scrollY > 0")).isEqualTo(true);
        Number top = (Number) browser.script("return document.querySelector(':target').getBoundingClientRect().top");
        assertThat(top.doubleValue()).isBetween(0.0, 100.0);

        browser.clickAndWait("a[rel=tag][href='/labels/Milj%C3%B6']");
        assertThat(browser.path()).isEqualTo("/labels/Milj%C3%B6");
        assertThat(browser.text("h1")).contains("Miljö");
        assertThat(browser.has("article.card h2 a[href='" + CONVERSATION + "']")).isTrue();
        browser.screenshot("reader-label");

        browser.clickAndWait("a.search-link");
        browser.type("q", "bin").clickAndWait("form.search button[type=submit]");
        assertThat(browser.text("ol.hits")).contains("Peter Holm");
        browser.screenshot("reader-search");
        browser.clickAndWait("ol.hits a[href='" + CONVERSATION + "#letter-" + id + "']");
        assertThat(browser.script("return document.querySelector(':target').id")).isEqualTo("letter-" + id);
    }

    @Test
    void readerPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
        publish("e2e/browser-approve-reply.eml", "Gunilla Sandberg");
        Browser browser = site.browser();
        for (String scheme : List.of("light", "dark")) {
            browser.emulateColorScheme(scheme);
            try {
                for (String path : List.of("/", CONVERSATION, "/labels/Milj%C3%B6", "/search?q=burkar",
                        "/t/no-such-conversation", "/no/such/page")) {
                    browser.open(path);
                    assertThat(Axe.blocking(browser)).as("axe on %s in %s mode", path, scheme).isEmpty();
                }
            } finally {
                browser.emulateColorScheme("");
            }
        }
    }

    @Test
    void notFoundPageLeadsBackToTheIndex() {
        Browser browser = site.browser().open("/t/no-such-conversation");
        assertThat(browser.text("h1")).isEqualTo("Sidan finns inte");
        browser.screenshot("reader-not-found");
        browser.clickAndWait("main a[href='/']");
        assertThat(browser.path()).isEqualTo("/");
    }

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToTheContent() {
        Browser browser = site.browser().open(CONVERSATION);
        browser.find("body").sendKeys(Keys.TAB);
        assertThat(browser.script("return document.activeElement.className")).isEqualTo("skip-link");
        Number top = (Number) browser.script("return document.activeElement.getBoundingClientRect().top");
        assertThat(top.doubleValue()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);

        browser.find(".skip-link").sendKeys(Keys.ENTER);
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("main");
    }

    private static void screenshotsOfTheConversation(Browser browser) {
        browser.screenshot("reader-conversation");
        browser.screenshotOfWindow("reader-conversation-window");
        browser.screenshotAsPhone("reader-conversation-phone");
        browser.screenshotInDarkMode("reader-conversation-dark");
    }

    /** Mails the fixture to the sample conversation, approves it through the admin API; returns its id. */
    private static String publish(String fixture, String fromName) {
        String id = site.mailToSample(fixture, fromName);
        assertThat(site.app().http().post("/admin/api/queue/" + id + "/approve", TestApp.API_TOKEN).statusCode())
                .isEqualTo(200);
        return id;
    }
}
