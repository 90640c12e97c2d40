package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.testing.TestDatabase;

/** {@code export-site} and {@code export-mbox} through the command line, on a database of their own. */
class ExportCommandsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path dir;

    private int run(String... args) throws Exception {
        Properties system = new Properties();
        system.put("mail2blog.db.url", url());
        system.put("mail2blog.db.user", TestDatabase.user());
        system.put("mail2blog.web.base-url", "https://blogg.example.com/");
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), Optional.empty(), system).run(args);
    }

    private String url() {
        return TestDatabase.url(dir);
    }

    private void conversation(String slug, String title, boolean published) {
        try (Database db = Database.open(url(), TestDatabase.user(), TestDatabase.password())) {
            new ConversationRepository(db.jdbi()).create(new NewConversation(slug, title, "Om sopor.", "", List.of(), published));
        }
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportSiteWritesThePublishedPagesAndTheStaticFiles() throws Exception {
        conversation("kompost", "Kompost på gården", true);
        conversation("utkast", "Utkast", false);
        Path site = dir.resolve("site");

        assertThat(run("export-site", site.toString())).as(stderr()).isZero();

        assertThat(Files.readString(site.resolve("index.html"))).contains("Kompost på gården").doesNotContain("Utkast");
        assertThat(Files.readString(site.resolve("t/kompost/index.html"))).contains("Om sopor.");
        assertThat(site.resolve("t/utkast")).doesNotExist();
        assertThat(site.resolve("static/mail2blog.css")).exists();
        assertThat(site.resolve("404.html")).exists();
        assertThat(Files.readString(site.resolve("feed.atom"))).contains("<feed").doesNotContain("Utkast");
        assertThat(site.resolve("t/kompost/feed.atom")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Exported 5 pages");
    }

    @Test
    void theFollowFormOfTheCopyPostsToTheService() throws Exception {
        conversation("kompost", "Kompost", true);
        Path site = dir.resolve("site");

        run("export-site", site.toString());

        assertThat(Jsoup.parse(site.resolve("t/kompost/index.html").toFile()).select("form.follow").attr("action"))
                .isEqualTo("https://blogg.example.com/t/kompost/follow");
    }

    @Test
    void exportSiteRefusesADirectoryOfOtherFiles() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("brev.txt"), "Hej");

        assertThat(run("export-site", home.toString())).isEqualTo(1);

        assertThat(stderr()).contains("no earlier export wrote");
        assertThat(home.resolve("brev.txt")).exists();
    }

    @Test
    void exportMboxOfAnUnknownSlugOrADraftIsRefused() throws Exception {
        conversation("utkast", "Utkast", false);

        assertThat(run("export-mbox", "utkast", dir.resolve("a.mbox").toString())).isEqualTo(1);
        assertThat(run("export-mbox", "finns-inte", dir.resolve("b.mbox").toString())).isEqualTo(1);

        assertThat(stderr()).contains("no published conversation has the slug 'utkast'")
                .contains("no published conversation has the slug 'finns-inte'");
        assertThat(dir.resolve("a.mbox")).doesNotExist();
    }

    @Test
    void exportMboxWritesTheFileOfAPublishedConversation() throws Exception {
        conversation("kompost", "Kompost", true);
        Path file = dir.resolve("kompost.mbox");

        assertThat(run("export-mbox", "kompost", file.toString())).as(stderr()).isZero();

        assertThat(file).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote 0 published letters of 'kompost'");
    }

    @Test
    void missingArgumentsAreUsageErrors() throws Exception {
        assertThat(run("export-site")).isEqualTo(2);
        assertThat(run("export-mbox", "kompost")).isEqualTo(2);
        assertThat(stderr()).contains("export-site needs one DIR").contains("export-mbox needs SLUG and FILE");
    }
}
