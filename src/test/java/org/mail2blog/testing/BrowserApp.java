package org.mail2blog.testing;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The base of every browser test: the real application ({@link TestApp}, embedded GreenMail on
 * free ports, its own database) and one headless chromium ({@link Browser}), both started once per
 * test class and shared by its tests, so a class's tests must not depend on each other's order.
 * Use it as a field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BrowserApp site = new BrowserApp();
 *
 * @Test
 * void approvesByClicking() {
 *     site.logIn();
 *     site.browser().clickAndWait("#item-3 form[action$='/approve'] button");
 * }
 * }</pre>
 *
 * When chromium or chromium-driver is missing the class is skipped with one message naming
 * {@code .ci/setup-test-tools}; with {@code CI=true} in the environment it fails instead. A failed
 * test leaves a screenshot, {@code target/screenshots/<Class>-<test>-failed.png}.
 */
public final class BrowserApp implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, TestWatcher {
    private static final AtomicBoolean TOLD = new AtomicBoolean();
    private static final Duration QUEUE_WAIT = Duration.ofSeconds(20);
    private final EmbeddedApp embedded;
    private TestApp app;
    private Browser browser;

    /** The application on test defaults. */
    public BrowserApp() {
        this(Map.of());
    }

    /** The application with further settings, e.g. {@code mail2blog.admin.login-max-failures}. */
    public BrowserApp(Map<String, String> settings) {
        this.embedded = new EmbeddedApp(settings);
    }

    /** Skips the class when the browser is missing, except on CI, where {@link #beforeAll} fails it. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = Browser.missing();
        if (missing.isEmpty() || isCi()) {
            return ConditionEvaluationResult.enabled("chromium and chromium-driver are installed, or CI=true");
        }
        if (!TOLD.getAndSet(true)) {
            System.err.println("[browser tests] skipped: " + missing.get());
        }
        return ConditionEvaluationResult.disabled(missing.get());
    }

    private static boolean isCi() {
        return "true".equals(System.getenv("CI"));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Optional<String> missing = Browser.missing();
        if (missing.isPresent()) {
            throw new AssertionError(missing.get() + " (CI=true: browser tests must run, not be skipped)");
        }
        embedded.beforeAll(context);
        app = embedded.app();
        browser = Browser.start("http://127.0.0.1:" + app.settings().webPort());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            embedded.afterAll(context);
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (browser != null) {
            browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + "-failed");
        }
    }

    public TestApp app() {
        return app;
    }

    public Browser browser() {
        return browser;
    }

    /**
     * Mails the fixture {@code mail/<fixture>} over SMTP to the sample conversation's reply
     * address and waits until it is queued; returns its id, as in {@code #item-<id>} on the queue
     * page and {@code #letter-<id>} on the conversation page.
     */
    public String mailToSample(String fixture, String fromName) {
        String to = app.sampleReplyAddress();
        Mails.send(app.settings().embeddedSmtpPort(), Mails.fixture(fixture, to), to);
        return app.awaitQueued(fromName, QUEUE_WAIT).get("id").asText();
    }

    /** Logs in as the initial admin through the login form; ends on the queue page. */
    public Browser logIn() {
        return logIn("admin", TestApp.ADMIN_PASSWORD);
    }

    /**
     * Submits the login form with these credentials, whatever it answers; starts from a fresh
     * session (cookies cleared), so a test never depends on another's login.
     */
    public Browser logIn(String username, String password) {
        browser.driver().manage().deleteAllCookies();
        return browser.open("/admin/login").type("username", username).type("password", password)
                .clickAndWait("form[action='/admin/login'] button[type=submit]");
    }
}
