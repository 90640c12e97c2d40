package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeUtility;
import org.jsoup.Jsoup;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.TestApp;

/**
 * Shared steps of the backup and migrate-db journeys: a blog with something in every kind of table,
 * what its pages and admin lists show, its raw mails, and the command line run as its own process.
 */
final class StoreJourney {
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreJourney() {
    }

    /**
     * Fills every kind of table through the real application: a letter approved with trust (published
     * letter, follower, trusted sender, audit entries, outgoing mail), a pending one, one set aside as
     * spam (banned sender), and a mail without a sender (quarantine).
     */
    static void fill(TestApp app) throws IOException {
        String published = letter(app, 1, "Åsa Lindqvist", "asa.lindqvist@example.com",
                "Vi sorterar matavfallet i papperspåsar, och glaset går till återvinningen vid torget.");
        assertThat(app.http().post("/admin/api/queue/" + published + "/approve?trust=true", TestApp.API_TOKEN)
                .statusCode()).isEqualTo(200);
        letter(app, 2, "Nils Berg", "nils.berg@example.com", "We compost in the garden; the kids love the worms.");
        String spam = letter(app, 3, "Reklam AB", "erbjudande@example.com", "Köp våra nya sopkärl, halva priset!");
        assertThat(app.http().post("/admin/api/queue/" + spam + "/spam", TestApp.API_TOKEN).statusCode()).isEqualTo(200);
        String to = app.sampleReplyAddress();
        Mails.send(app.settings().embeddedSmtpPort(), Mails.fixture("e2e/store-missing-from.eml", to), to);
        Http admin = app.loggedIn();
        Eventually.until("the mail without a sender in quarantine", WAIT,
                () -> !Jsoup.parse(admin.get("/admin/quarantine").body()).select(".quarantine").isEmpty());
    }

    /** Sends letter number {@code n} to the sample conversation; returns its queue id once it is queued. */
    static String letter(TestApp app, int n, String name, String address, String text) {
        send(app, n, name, address, text);
        return app.awaitQueued(name, WAIT).get("id").asText();
    }

    /** Sends letter number {@code n} without waiting for it. */
    static void send(TestApp app, int n, String name, String address, String text) {
        String to = app.sampleReplyAddress();
        String raw = new String(Mails.fixture("e2e/store-letter.eml", to), StandardCharsets.UTF_8)
                .replace("${name}", encoded(name)).replace("${address}", address).replace("${text}", text)
                .replace("${n}", Integer.toString(n));
        Mails.send(app.settings().embeddedSmtpPort(), raw.getBytes(StandardCharsets.UTF_8), to);
    }

    /** The name as an RFC 2047 encoded word, as mail clients write non-ASCII names in headers. */
    private static String encoded(String name) {
        try {
            return MimeUtility.encodeWord(name, "UTF-8", "Q");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * What readers and admins see: the conversation page, a search (the full-text index is kept by the
     * database), the queue, the senders and the quarantine list.
     */
    record View(String conversation, String search, List<JsonNode> queue, JsonNode senders, List<String> quarantine) {
        static View of(TestApp app) throws IOException {
            List<JsonNode> queue = new ArrayList<>();
            JSON.readTree(app.http().get("/admin/api/queue", TestApp.API_TOKEN).body()).forEach(queue::add);
            // PostgreSQL's timestamptz keeps the instant, not the writer's offset (README, PostgreSQL):
            // compare the instant, which both databases keep.
            queue.forEach(letter -> ((com.fasterxml.jackson.databind.node.ObjectNode) letter).put("writtenAt",
                    java.time.OffsetDateTime.parse(letter.get("writtenAt").asText()).toInstant().toString()));
            return new View(main(app, "/t/kallsortering-ii"), main(app, "/search?q=pappersp%C3%A5sar"), queue,
                    JSON.readTree(app.http().get("/admin/api/senders", TestApp.API_TOKEN).body()),
                    Jsoup.parse(app.loggedIn().get("/admin/quarantine").body()).select(".quarantine").eachText());
        }

        private static String main(TestApp app, String path) {
            return Jsoup.parse(app.http().get(path).body()).select("main").text();
        }
    }

    /** Every stored mail's raw bytes by id. */
    static TreeMap<Long, byte[]> raws(String url, String user) throws SQLException {
        TreeMap<Long, byte[]> raws = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, raw FROM message")) {
            while (rs.next()) {
                raws.put(rs.getLong(1), rs.getBytes(2));
            }
        }
        return raws;
    }

    /** The highest id in {@code table}. */
    static long maxId(String url, String user, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What a command printed (stdout and stderr together) and its exit code. */
    record Result(int code, String output) {
    }

    /**
     * {@code ./mail2blog ARGS} in a new JVM with this test's class path, the configured database
     * {@code dbUrl}, and {@code env} added to the environment; its output goes to a file, not a pipe.
     */
    static Result cli(String dbUrl, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "-Dmail2blog.db.url=" + dbUrl, "org.mail2blog.Main"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("mail2blog-cli", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the command did not end within 120 s: " + Files.readString(log));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
