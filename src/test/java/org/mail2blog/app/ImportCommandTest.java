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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;

/** {@code import} through the command line, on a database of its own: arguments, exit codes, output. */
class ImportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path dir;

    private int run(String... args) {
        Properties system = new Properties();
        system.put("mail2blog.db.url", "jdbc:h2:file:" + dir.resolve("mail2blog").toAbsolutePath() + ";AUTO_SERVER=TRUE");
        system.put("user.name", "karin");
        out.reset();
        err.reset();
        try {
            return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]),
                    Optional.empty(), system).run(args);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path eml(String name, String from, String body) throws Exception {
        return Files.writeString(dir.resolve(name), "From: " + from + "\nSubject: Sv: Cyklar\nMessage-ID: <" + name
                + "@example.com>\nDate: Tue, 12 Jul 2011 08:30:00 +0200\nContent-Type: text/plain; charset=UTF-8\n\n"
                + body + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void importsIntoANewDraftAndSaysSoThenFindsOnlyDuplicates() throws Exception {
        Path first = eml("a.eml", "Åsa Öberg <asa@example.com>", "Cyklarna står i förrådet.");
        Path second = eml("b.eml", "Roger Lind <roger@example.com>", "Tack, Åsa!");

        assertThat(run("import", first.toString(), second.toString(), "--new", "Cykelförrådet")).as(stderr()).isZero();
        assertThat(stdout()).contains("Created the draft conversation 'cykelforradet'");
        assertThat(stdout().lines().reduce((a, b) -> b).orElseThrow())
                .matches("imported 2, duplicates 0, quarantined 0 \\(2 messages in \\d+\\.\\d s, \\d+ messages/s\\)");

        assertThat(run("import", "--new", "Cykelförrådet", first.toString(), second.toString())).isZero();
        assertThat(stdout()).doesNotContain("Created").contains("imported 0, duplicates 2, quarantined 0");
    }

    @Test
    void refusesAMissingFileWithExitCodeOne() throws Exception {
        Path first = eml("a.eml", "Åsa Öberg <asa@example.com>", "Hej");

        assertThat(run("import", first.toString(), dir.resolve("saknas.mbox").toString(), "--new", "X")).isEqualTo(1);
        assertThat(stderr()).contains("saknas.mbox: no such file or folder");
    }

    @Test
    void refusesAnUnknownConversationWithExitCodeOne() throws Exception {
        Path first = eml("a.eml", "Åsa Öberg <asa@example.com>", "Hej");

        assertThat(run("import", first.toString(), "--conversation", "finns-inte")).isEqualTo(1);
        assertThat(stderr()).contains("no conversation has the slug 'finns-inte'");
    }

    @Test
    void importsIntoAnExistingConversation() throws Exception {
        try (Database db = AdminCommands.open(Settings.load(Path.of("config", "application.properties"), java.util.Map.of(),
                dbOnly()))) {
            new ConversationRepository(db.jdbi()).create(new NewConversation("cyklar", "Cyklar", "Intro", "", List.of(), true));
        }
        Path first = eml("a.eml", "Åsa Öberg <asa@example.com>", "Hej");

        assertThat(run("import", "--conversation", "cyklar", "--queue", first.toString())).as(stderr()).isZero();
        assertThat(stdout()).contains("Conversation 'cyklar' (published)").contains("imported 1, duplicates 0");
    }

    private Properties dbOnly() {
        Properties system = new Properties();
        system.put("mail2blog.db.url", "jdbc:h2:file:" + dir.resolve("mail2blog").toAbsolutePath() + ";AUTO_SERVER=TRUE");
        return system;
    }

    @Test
    void wrongUsageGivesExitCodeTwoAndTheUsage() {
        for (List<String> args : List.of(List.of("import", "--new", "X"), List.of("import", "a.mbox"),
                List.of("import", "a.mbox", "--new", "X", "--conversation", "y"), List.of("import", "a.mbox", "--new"),
                List.of("import", "a.mbox", "--new", " "), List.of("import", "a.mbox", "--new", "X", "--later"))) {
            assertThat(run(args.toArray(String[]::new))).as(args.toString()).isEqualTo(2);
            assertThat(stderr()).as(args.toString()).contains("Usage: ./mail2blog");
        }
    }
}
