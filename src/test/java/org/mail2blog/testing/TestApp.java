package org.mail2blog.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.mail2blog.app.Application;
import org.mail2blog.app.Settings;

/**
 * The real application, started in this JVM on free loopback ports with its own database (an H2 file
 * under {@code dataDir}, or the PostgreSQL database {@link TestDatabase} keeps for that folder), and the
 * routes and templates of this checkout.
 */
public final class TestApp implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "correct horse battery";
    public static final String API_TOKEN = "test-api-token-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Application app;
    private final Settings settings;
    private final String welcome;

    private TestApp(Application app, Settings settings, String welcome) {
        this.app = app;
        this.settings = settings;
        this.welcome = welcome;
    }

    /** Starts with the embedded mail server on free ports. */
    public static TestApp embedded(Path dataDir) throws Exception {
        return embedded(dataDir, Map.of());
    }

    /** Starts with the embedded mail server on free ports, with further settings (admin addresses, say). */
    public static TestApp embedded(Path dataDir, Map<String, String> more) throws Exception {
        Map<String, String> overrides = new java.util.HashMap<>(more);
        overrides.put("mail2blog.embedded.smtp-port", Integer.toString(Ports.free()));
        overrides.put("mail2blog.embedded.imap-port", Integer.toString(Ports.free()));
        return start(dataDir, overrides);
    }

    /** Starts against an external IMAP server (a real mailbox configuration). */
    public static TestApp withMailbox(Path dataDir, int imapPort, String user, String password) throws Exception {
        return withMailbox(dataDir, imapPort, user, password, Map.of());
    }

    /** Starts against an external IMAP server, with further settings (an SMTP relay, say). */
    public static TestApp withMailbox(Path dataDir, int imapPort, String user, String password,
                                      Map<String, String> more) throws Exception {
        Map<String, String> overrides = new java.util.HashMap<>(more);
        overrides.put("mail2blog.mailbox.host", "127.0.0.1");
        overrides.put("mail2blog.mailbox.port", Integer.toString(imapPort));
        overrides.put("mail2blog.mailbox.user", user);
        overrides.put("mail2blog.mailbox.password", password);
        return start(dataDir, overrides);
    }

    private static TestApp start(Path dataDir, Map<String, String> overrides) throws Exception {
        Properties props = new Properties();
        props.put("mail2blog.web.port", Integer.toString(Ports.free()));
        props.put("mail2blog.db.url", TestDatabase.url(dataDir));
        props.put("mail2blog.db.user", TestDatabase.user());
        props.put("mail2blog.ingest.poll-interval-seconds", "1");
        props.put("mail2blog.admin.initial-password", ADMIN_PASSWORD);
        props.put("mail2blog.admin.api-token", API_TOKEN);
        props.putAll(overrides);
        Settings settings = Settings.load(Path.of("config", "application.properties"), Map.of(), props);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Application app = Application.start(settings, new PrintStream(out, true, StandardCharsets.UTF_8));
        return new TestApp(app, settings, out.toString(StandardCharsets.UTF_8));
    }

    public Settings settings() {
        return settings;
    }

    public Application app() {
        return app;
    }

    /** What the application printed on start. */
    public String welcome() {
        return welcome;
    }

    public Http http() {
        return new Http(settings.baseUrl());
    }

    /** The reply address of the sample conversation. */
    public String sampleReplyAddress() {
        return app.beans().conversations().findBySlug("kallsortering-ii")
                .map(c -> app.beans().replyAddress().forToken(c.replyToken()))
                .orElseThrow(() -> new AssertionError("the sample conversation was not created"));
    }

    /** How often the outbox tried to send to {@code recipient}, over all its mails. */
    public int outboxAttempts(String recipient) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(settings.dbUrl(), settings.dbUser(),
                settings.dbPassword());
             java.sql.PreparedStatement s = c.prepareStatement(
                     "SELECT COALESCE(SUM(attempts), 0) FROM outbox WHERE recipient = ?")) {
            s.setString(1, recipient);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** A browser session of the initial admin, logged in through the login form. */
    public Http loggedIn() {
        Http browser = http();
        Document login = Jsoup.parse(browser.get("/admin/login").body());
        HttpResponse<String> response = browser.postForm("/admin/login", Map.of("username", "admin",
                "password", ADMIN_PASSWORD, "X-XSRF-TOKEN", csrf(login)));
        if (response.statusCode() != 303) {
            throw new AssertionError("login failed with HTTP " + response.statusCode());
        }
        return browser;
    }

    /** The CSRF token of the first form on an admin page. */
    public static String csrf(Document page) {
        String token = page.select("input[name=X-XSRF-TOKEN]").val();
        if (token.isEmpty()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return token;
    }

    /** The first pending letter in the admin API's queue that {@code wanted} accepts, within {@code timeout}. */
    public JsonNode awaitQueued(String what, Duration timeout, Predicate<JsonNode> wanted) {
        return Eventually.await(what, timeout, () -> {
            try {
                for (JsonNode item : JSON.readTree(http().get("/admin/api/queue", API_TOKEN).body())) {
                    if (wanted.test(item)) {
                        return Optional.of(item);
                    }
                }
                return Optional.empty();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** The first pending letter from {@code fromName}. */
    public JsonNode awaitQueued(String fromName, Duration timeout) {
        return awaitQueued("a queued letter from " + fromName, timeout,
                item -> fromName.equals(item.get("fromName").asText()));
    }

    @Override
    public void close() {
        app.close();
    }
}
