package org.mail2blog.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.mail2blog.app.Application;
import org.mail2blog.app.Settings;

/**
 * The real application, started in this JVM on free loopback ports with its own H2 file database
 * under {@code dataDir}, and the routes and templates of this checkout.
 */
public final class TestApp implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "correct horse battery";
    public static final String API_TOKEN = "test-api-token-0123456789abcdef";
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
        return start(dataDir, Map.of(
                "mail2blog.embedded.smtp-port", Integer.toString(Ports.free()),
                "mail2blog.embedded.imap-port", Integer.toString(Ports.free())));
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
        props.put("mail2blog.db.url", "jdbc:h2:file:" + dataDir.resolve("mail2blog").toAbsolutePath() + ";AUTO_SERVER=TRUE");
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
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(settings.dbUrl(), "sa", "");
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

    @Override
    public void close() {
        app.close();
    }
}
