package org.mail2blog.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.testing.Browser;
import org.mail2blog.testing.BrowserApp;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.TestApp;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Letters full of cross-site scripting attempts, one as plain text and one HTML-only, are
 * published and read in a real browser: no script runs (the payloads would set
 * {@code window.pwned} and {@code document.title}, or open an alert), no request leaves the page
 * (every payload URL points at a trap HTTP server this test starts on a free port) and the
 * plain-text attempts are shown as the text they are.
 */
class XssBrowserIT {
    private static final String CONVERSATION = "/t/kallsortering-ii";
    private static final String TITLE = "Källsortering II – ett brev kom om pantburkarna";
    private static final List<String> TRAPPED = new CopyOnWriteArrayList<>();
    private static HttpServer trap;

    @RegisterExtension
    static final BrowserApp site = new BrowserApp();

    @BeforeAll
    static void startTrap() throws IOException {
        trap = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        trap.createContext("/", exchange -> {
            TRAPPED.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        trap.start();
    }

    @AfterAll
    static void stopTrap() {
        if (trap != null) {
            trap.stop(0);
        }
    }

    @Test
    void plainTextAttemptsAreShownAsInertText() {
        String id = publish("e2e/xss-plain-text.eml", "Malin Skript");
        Browser browser = site.browser().open(CONVERSATION);
        assertNothingRan(browser);
        assertThat(browser.text("#letter-" + id)).contains("skrivna som vanlig text")
                .contains("<script>window.pwned = 'script'; document.title = 'pwned';")
                .contains("<img src=\"" + trapUrl() + "/plain-img\" onerror=")
                .contains("<iframe src=\"" + trapUrl() + "/plain-iframe\"></iframe>")
                .contains("<a href=\"javascript:window.pwned = 'link'\">");
        assertThat(browser.has("#letter-" + id + " script, #letter-" + id + " img, #letter-" + id + " iframe, #letter-"
                + id + " svg, #letter-" + id + " a[href^='javascript']")).isFalse();
    }

    @Test
    void htmlOnlyAttemptsRunNothingAndLoadNothing() {
        String id = publish("e2e/xss-html-only.eml", "Hugo Taggsson");
        Browser browser = site.browser().open(CONVERSATION);
        assertNothingRan(browser);
        assertThat(browser.text("#letter-" + id)).contains("vår återvinningsstation ligger bakom skolan");
        assertThat(browser.has("#letter-" + id + " script, #letter-" + id + " img, #letter-" + id + " iframe, #letter-"
                + id + " svg, #letter-" + id + " object, #letter-" + id + " [onmouseover]")).isFalse();
    }

    /** The page loaded (images and frames included), and none of the payloads had any effect. */
    private static void assertNothingRan(Browser browser) {
        assertThat(browser.script("return document.readyState")).isEqualTo("complete");
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.script("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(browser.driver().getTitle()).isEqualTo(TITLE);
        assertThat(browser.path()).isEqualTo(CONVERSATION);
        assertThat(TRAPPED).as("requests that reached the trap server").isEmpty();
    }

    private static String trapUrl() {
        return "http://127.0.0.1:" + trap.getAddress().getPort();
    }

    /** Mails the fixture (payload URLs pointed at the trap), approves it through the admin API; returns its id. */
    private static String publish(String fixture, String fromName) {
        String to = site.app().sampleReplyAddress();
        String mail = new String(Mails.fixture(fixture, to), StandardCharsets.UTF_8).replace("${trap}", trapUrl());
        Mails.send(site.app().settings().embeddedSmtpPort(), mail.getBytes(StandardCharsets.UTF_8), to);
        String id = site.app().awaitQueued(fromName, Duration.ofSeconds(20)).get("id").asText();
        assertThat(site.app().http().post("/admin/api/queue/" + id + "/approve", TestApp.API_TOKEN).statusCode())
                .isEqualTo(200);
        return id;
    }
}
