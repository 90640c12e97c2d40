package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.StaticFileServer;
import org.mail2blog.testing.TestApp;

/**
 * {@code ./mail2blog export-site} and {@code export-mbox}, each run as its own process while the
 * service holds the database: a letter approved through the API is in the static copy, which a
 * plain static file server serves with the same HTML as the live pages (the follow form posting
 * to the service is the one difference), and in the mbox, which reads back without any address.
 */
class StaticExportIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SLUG = "kallsortering-ii";
    @TempDir
    static Path dataDir;
    @TempDir
    static Path exportDir;
    static TestApp app;
    static StaticFileServer files;
    static long letterId;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.embedded(dataDir);
        Mails.send(app.settings().embeddedSmtpPort(), Mails.fixture("e2e/export-letter.eml", app.sampleReplyAddress()),
                app.sampleReplyAddress());
        letterId = app.awaitQueued("Åsa Öberg", WAIT).get("id").asLong();
        assertThat(app.http().post("/admin/api/queue/" + letterId + "/approve", TestApp.API_TOKEN).statusCode())
                .isEqualTo(200);
        files = new StaticFileServer(exportDir.resolve("site"));
    }

    @AfterAll
    static void stop() {
        files.close();
        app.close();
    }

    /** The command in a new JVM with this test's class path and the running app's database. */
    private static Result cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "-Dmail2blog.db.url=" + app.settings().dbUrl(), "-Dmail2blog.web.base-url=" + app.settings().baseUrl(),
                "org.mail2blog.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end within 60 s: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private record Result(int code, String output) {
    }

    private static HttpResponse<String> staticGet(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        return client.send(HttpRequest.newBuilder(URI.create(files.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The live page with its follow form posting to the service by full URL, as the copy's does. */
    private static String live(String path) {
        return app.http().get(path).body().replace("action=\"/t/", "action=\"" + app.settings().baseUrl() + "/t/");
    }

    private static Result exportSite() throws Exception {
        Result exported = cli("export-site", exportDir.resolve("site").toString());
        assertThat(exported.code()).as(exported.output()).isZero();
        return exported;
    }

    @Test
    void servesTheSamePagesAsTheLiveSiteFromPlainFiles() throws Exception {
        exportSite();

        HttpResponse<String> conversation = staticGet("/t/" + SLUG);
        assertThat(conversation.statusCode()).isEqualTo(200);
        assertThat(conversation.uri().getPath()).isEqualTo("/t/" + SLUG + "/");
        assertThat(conversation.body()).isEqualTo(live("/t/" + SLUG)).contains("id=\"letter-" + letterId + "\"")
                .contains("fyra kärl på gården");
        assertThat(staticGet("/").body()).isEqualTo(live("/"));
        assertThat(staticGet("/static/mail2blog.css").body()).isEqualTo(app.http().get("/static/mail2blog.css").body());
        assertThat(staticGet("/feed.atom").body()).isEqualTo(app.http().get("/feed.atom").body())
                .contains("fyra kärl på gården");
        assertThat(staticGet("/t/" + SLUG + "/feed.atom").body()).isEqualTo(app.http().get("/t/" + SLUG + "/feed.atom").body());
        assertThat(staticGet("/labels/Milj%C3%B6").body()).isEqualTo(live("/labels/Milj%C3%B6"))
                .contains("href=\"/t/" + SLUG + "\"");
        assertThat(Jsoup.parse(conversation.body()).select("form.follow").attr("action"))
                .isEqualTo(app.settings().baseUrl() + "/t/" + SLUG + "/follow");
    }

    @Test
    void aSecondExportReplacesTheServedCopy() throws Exception {
        exportSite();
        assertThat(staticGet("/").body()).contains("href=\"/t/" + SLUG + "\"");
        assertThat(app.http().post("/admin/api/conversations/" + SLUG + "/unpublish", TestApp.API_TOKEN).statusCode())
                .isEqualTo(200);

        try {
            exportSite();
            assertThat(staticGet("/").body()).isEqualTo(live("/")).doesNotContain("href=\"/t/" + SLUG + "\"");
            assertThat(staticGet("/t/" + SLUG).statusCode()).isEqualTo(404);
        } finally {
            app.http().post("/admin/api/conversations/" + SLUG + "/publish", TestApp.API_TOKEN);
        }
    }

    @Test
    void theMboxReadsBackAsThePublishedLettersWithoutAddresses() throws Exception {
        Path mbox = exportDir.resolve("kallsortering.mbox");
        Result exported = cli("export-mbox", SLUG, mbox.toString());
        assertThat(exported.code()).as(exported.output()).isZero();

        String text = Files.readString(mbox, StandardCharsets.ISO_8859_1);
        List<MimeMessage> mails = MboxReader.read(text);
        int published = Jsoup.parse(app.http().get("/t/" + SLUG).body()).select("article.letter[id^=letter-]").size();
        assertThat(mails).hasSize(published);
        MimeMessage asa = mails.stream().filter(m -> name(m).equals("Åsa Öberg")).findFirst().orElseThrow();
        assertThat(((String) asa.getContent()).replace("\r\n", "\n")).contains("fyra kärl på gården")
                .contains("From now on we sort batteries too, även de små.");
        assertThat(asa.getSubject()).isEqualTo(app.app().beans().conversations().findBySlug(SLUG).orElseThrow().title())
                .startsWith("Källsortering II");
        assertThat(text).contains("\n>From now on").doesNotContain("asa.oberg");
        assertThat(mails).allSatisfy(m -> assertThat(((InternetAddress) m.getFrom()[0]).getAddress())
                .isEqualTo("noreply@mail2blog.invalid"));
    }

    private static String name(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getFrom()[0]).getPersonal();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** Splits an mboxrd file into messages, taking one {@code >} off each quoted From line. */
    private static final class MboxReader {
        static List<MimeMessage> read(String text) throws Exception {
            List<MimeMessage> mails = new ArrayList<>();
            StringBuilder current = null;
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("From ")) {
                    add(mails, current);
                    current = new StringBuilder();
                } else if (current != null) {
                    current.append(line.matches("^>+From .*") ? line.substring(1) : line).append("\r\n");
                }
            }
            add(mails, current);
            return mails;
        }

        private static void add(List<MimeMessage> mails, StringBuilder message) throws Exception {
            if (message != null) {
                mails.add(new MimeMessage(Session.getInstance(new Properties()),
                        new ByteArrayInputStream(message.toString().getBytes(StandardCharsets.ISO_8859_1))));
            }
        }
    }
}
