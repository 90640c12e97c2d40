package org.mail2blog.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.testing.Browser;
import org.mail2blog.testing.BrowserApp;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.TestApp;

/** The approval queue in a real browser: a reply mailed over SMTP is approved with a click. */
class QueueBrowserIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final BrowserApp site = new BrowserApp();

    @Test
    void replyApprovedByClickingAppearsOnTheConversationPage() {
        TestApp app = site.app();
        String to = app.sampleReplyAddress();
        Mails.send(app.settings().embeddedSmtpPort(), Mails.fixture("e2e/browser-approve-reply.eml", to), to);
        String id = app.awaitQueued("Gunilla Sandberg", WAIT).get("id").asText();

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
