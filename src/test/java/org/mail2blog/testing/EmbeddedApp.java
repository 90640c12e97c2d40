package org.mail2blog.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running application per test class, on the embedded mail server and a database in a fresh
 * temporary folder, stopped and deleted after the class:
 * {@code @RegisterExtension static final EmbeddedApp site = new EmbeddedApp();} then {@code site.app()}.
 */
public final class EmbeddedApp implements BeforeAllCallback, AfterAllCallback {
    private final Map<String, String> settings;
    private Path dataDir;
    private TestApp app;

    public EmbeddedApp() {
        this(Map.of());
    }

    /** With further settings (admin addresses, say). */
    public EmbeddedApp(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dataDir = Files.createTempDirectory("mail2blog-e2e-");
        app = TestApp.embedded(dataDir, settings);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (app != null) {
            app.close();
            Browser.deleteTree(dataDir);
        }
    }

    /** The application; there from the start of the class's first test to the end of its last. */
    public TestApp app() {
        return app;
    }
}
