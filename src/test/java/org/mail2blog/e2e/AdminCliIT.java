package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.app.Database;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.TestApp;

/**
 * {@code ./mail2blog admin add} run as its own process (as a person would, in a second terminal)
 * while the service holds the database: the new admin can log in at once, without a restart.
 */
class AdminCliIT {
    private static final String PASSWORD = "hallonsaft och kanelbullar";
    @TempDir
    static Path dataDir;
    @TempDir
    static Path otherDir;
    static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.embedded(dataDir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The command in a new JVM with this test's class path; stdin is {@code stdin}. */
    private static Result cli(String dbUrl, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dmail2blog.db.url=" + dbUrl, "org.mail2blog.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
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

    @Test
    void accountAddedWhileTheServiceRunsLogsInAtOnce() throws Exception {
        Result added = cli(app.settings().dbUrl(), PASSWORD + "\n", "admin", "add", "karin", "karin@example.com");
        assertThat(added.code()).as(added.output()).isZero();
        assertThat(added.output()).contains("Admin account karin <karin@example.com> added");

        Http browser = app.http();
        String csrf = TestApp.csrf(Jsoup.parse(browser.get("/admin/login").body()));
        HttpResponse<String> login = browser.postForm("/admin/login",
                Map.of("username", "karin", "password", PASSWORD, "X-XSRF-TOKEN", csrf));
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(app.app().beans().adminAddresses().get()).contains("karin@example.com");
    }

    @Test
    void databaseHeldWithoutAutoServerIsRefusedWithAClearMessage() throws Exception {
        String url = "jdbc:h2:file:" + otherDir.resolve("held").toAbsolutePath();
        try (Database held = Database.open(url, "sa", "")) {
            Result refused = cli(url, PASSWORD + "\n", "admin", "add", "nils", "nils@example.com");
            assertThat(refused.code()).isEqualTo(3);
            assertThat(refused.output()).contains("cannot open the database")
                    .contains("in use by another process (the running service?)");
        }
    }
}
