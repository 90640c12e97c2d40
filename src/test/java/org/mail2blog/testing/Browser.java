package org.mail2blog.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian chromium, driven through chromium-driver, pointed at one base URL. Both
 * binaries are named explicitly, so Selenium downloads nothing. The helpers wait with deadlines
 * for what a person would wait for (the next page after a click), never for a fixed time.
 * {@link #driver()} gives the plain Selenium API for anything else.
 */
public final class Browser implements AutoCloseable {
    /** Debian's chromium; {@code -Dtest.chromium=…} points elsewhere. */
    public static final Path CHROMIUM = Path.of(System.getProperty("test.chromium", "/usr/bin/chromium"));
    /** Debian's chromium-driver; {@code -Dtest.chromedriver=…} points elsewhere. */
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("test.chromedriver", "/usr/bin/chromedriver"));
    /** Where {@link #screenshot} saves its PNGs. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** What is missing for a browser test, if anything: a sentence naming the set-up script. */
    public static Optional<String> missing() {
        List<Path> absent = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).toList();
        return absent.isEmpty() ? Optional.empty() : Optional.of("browser tests need " + absent
                + "; install chromium and chromium-driver with .ci/setup-test-tools (Debian packages)");
    }

    /** Starts a fresh headless chromium with an empty profile. */
    public static Browser start(String base) throws IOException {
        Path profile = Files.createTempDirectory("mail2blog-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        return new Browser(driver, profile, base);
    }

    /** The plain Selenium driver. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code path} under the application's base URL and waits for it to load. */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** The current path (without scheme, host and port). */
    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** The visible text of the whole page. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The visible text of the first element that {@code css} selects. */
    public String text(String css) {
        return find(css).getText();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Types into the field named {@code name} (what was there is cleared first). */
    public Browser type(String name, String value) {
        WebElement field = driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Chooses the option with this visible text in the select list named {@code name}. */
    public Browser select(String name, String visibleText) {
        new Select(driver.findElement(By.name(name))).selectByVisibleText(visibleText);
        return this;
    }

    /** Ticks the checkbox {@code css} selects (a no-op when it is ticked already). */
    public Browser check(String css) {
        WebElement box = find(css);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Clicks what {@code css} selects and waits until the next page has replaced this one. */
    public Browser clickAndWait(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(css).click();
        new WebDriverWait(driver, WAIT).until(d -> isGone(page));
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(script("return document.readyState")));
        return this;
    }

    /**
     * True once {@code element}'s page was replaced. Chromium reports an element of a page that is
     * just being torn down either as stale or as a node that "does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Runs JavaScript in the page (for tests that tamper with a form, say). */
    public Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(driver.manage().getCookieNamed(name)).map(Cookie::getValue);
    }

    /** Replaces the cookie {@code name} for the application's host (to replay an old session, say). */
    public void setCookie(String name, String value) {
        driver.manage().deleteCookieNamed(name);
        driver.manage().addCookie(new Cookie.Builder(name, value).path("/").isHttpOnly(true).build());
    }

    /** Saves the whole page, not just the window, as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        return screenshot(name, DESKTOP.width, false);
    }

    /** The same as a phone shows it: 390 CSS pixels wide, the page's mobile viewport rules applied. */
    public Path screenshotAsPhone(String name) {
        return screenshot(name, 390, true);
    }

    /** The same with the page's {@code prefers-color-scheme: dark} rules applied, as in a dark-mode system. */
    public Path screenshotInDarkMode(String name) {
        emulateColorScheme("dark");
        try {
            return screenshot(name);
        } finally {
            emulateColorScheme("");
        }
    }

    /** Makes the page see this {@code prefers-color-scheme} ("dark", "light"; "" for the system's). */
    public void emulateColorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Saves only what the window shows (1280 × 900), as {@code target/screenshots/<name>.png}. */
    public Path screenshotOfWindow(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + name, e);
        }
    }

    /** Through chromium's DevTools commands, which capture beyond the window (no extra dependency). */
    private Path screenshot(String name, int width, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", DESKTOP.height, "deviceScaleFactor", 1, "mobile", mobile));
        try {
            Map<?, ?> size = (Map<?, ?>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
            double height = Math.min(((Number) size.get("height")).doubleValue(), 10_000);
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                    "height", height, "scale", 1);
            String png = (String) driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", clip)).get("data");
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode(png));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + name, e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    /** Deletes a folder and everything in it (a browser profile, a test database). */
    static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
