package org.mail2blog.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.testing.Browser;
import org.mail2blog.testing.BrowserApp;

/** The approval queue in a real browser: a reply mailed over SMTP is approved with a click. */
class QueueBrowserIT {
    @RegisterExtension
    static final BrowserApp site = new BrowserApp();

    @Test
    void replyApprovedByClickingAppearsOnTheConversationPage() {
        String id = site.mailToSample("e2e/browser-approve-reply.eml", "Gunilla Sandberg");

        Browser browser = site.logIn();
        assertThat(browser.text("#item-" + id)).contains("Gunilla Sandberg").contains("gunilla.sandberg@example.com")
                .contains("pantburkarna i en påse på balkongen").doesNotContain("Fyra kärl");
        browser.screenshot("queue");
        browser.screenshotAsPhone("queue-phone");

        browser.clickAndWait("#item-" + id + " form[action$='/approve'] button");
        assertThat(browser.path()).isEqualTo("/admin/");
        assertThat(browser.text("[role=status]")).isEqualTo("Letter " + id + " published.");
        assertThat(browser.has("#item-" + id)).isFalse();
        assertThat(browser.text(".empty")).isEqualTo("Nothing waits for approval.");
        browser.screenshot("queue-empty");

        browser.open("/t/kallsortering-ii");
        assertThat(browser.text("#letter-" + id)).contains("Gunilla Sandberg").contains("pengarna går till\nglass")
                .endsWith("Hälsningar\nGunilla").doesNotContain("skrev Roger Lind");
        assertThat(browser.text()).doesNotContain("gunilla.sandberg@example.com");
    }
}
