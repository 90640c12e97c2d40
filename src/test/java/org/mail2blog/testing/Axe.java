package org.mail2blog.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * axe-core, the accessibility checker, run inside the page a {@link Browser} shows. The script is
 * read from {@code node_modules/axe-core/axe.min.js} (installed by {@code .ci/setup-test-tools}
 * with {@code npm ci}) and injected through WebDriver, which runs it outside the page's Content
 * Security Policy, so our {@code script-src 'none'} needs no exception. When the file is missing a
 * test is skipped with one message naming the set-up script; with {@code CI=true} it fails instead.
 */
public final class Axe {
    /** Where {@code npm ci} puts axe-core; {@code -Dtest.axe=…} points elsewhere. */
    public static final Path SCRIPT = Path.of(System.getProperty("test.axe", "node_modules/axe-core/axe.min.js"));
    /** The impacts a reader page must not have. */
    private static final List<String> BLOCKING = List.of("serious", "critical");
    private static final String RUN = "const done = arguments[arguments.length - 1];"
            + " axe.run(document, {resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,"
            + " targets: v.nodes.map(n => n.target.join(' ')).join(', ')}))))"
            + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: ''}]));";

    private Axe() {
    }

    /** One rule the page breaks: its axe id, impact, axe's one-line help and the elements it found. */
    public record Violation(String id, String impact, String help, String targets) {
        /** True for the serious and critical impacts, which a reader page must not have. */
        public boolean isBlocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return impact + " " + id + " (" + help + ") at " + targets;
        }
    }

    /** What is missing for an axe check, if anything: a sentence naming the set-up script. */
    public static Optional<String> missing() {
        return Files.isRegularFile(SCRIPT) ? Optional.empty() : Optional.of("accessibility checks need " + SCRIPT
                + "; install axe-core with .ci/setup-test-tools (npm ci)");
    }

    /** Skips the calling test when axe-core is missing, except on CI, where it fails. */
    public static void assumeInstalled() {
        Optional<String> missing = missing();
        if (missing.isPresent() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(missing.get() + " (CI=true: accessibility checks must run, not be skipped)");
        }
        Assumptions.assumeTrue(missing.isEmpty(), () -> missing.orElse(""));
    }

    /** Checks the page {@code browser} shows now and returns every violation axe found. */
    public static List<Violation> check(Browser browser) {
        assumeInstalled();
        browser.script(source());
        List<?> found = (List<?>) browser.driver().executeAsyncScript(RUN);
        return found.stream().map(Map.class::cast).map(v -> new Violation(String.valueOf(v.get("id")),
                String.valueOf(v.get("impact")), String.valueOf(v.get("help")), String.valueOf(v.get("targets")))).toList();
    }

    /** The serious and critical violations on the page {@code browser} shows now. */
    public static List<Violation> blocking(Browser browser) {
        return check(browser).stream().filter(Violation::isBlocking).toList();
    }

    private static String source() {
        try {
            return Files.readString(SCRIPT);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + SCRIPT, e);
        }
    }
}
