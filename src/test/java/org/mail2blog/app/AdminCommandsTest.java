package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.admin.AdminAccounts;
import org.mail2blog.testing.TestDatabase;

/** {@code admin add} and {@code admin list} through the command line, with the password on stdin. */
class AdminCommandsTest {
    private static final String PASSWORD = "blåbärssylt på tisdagar";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path dir;

    private int run(String stdin, String... args) throws Exception {
        Properties system = new Properties();
        system.put("mail2blog.db.url", url());
        system.put("mail2blog.db.user", TestDatabase.user());
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Optional.empty(), system).run(args);
    }

    private String url() {
        return TestDatabase.url(dir);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private boolean logsIn(String name, String password) {
        try (Database db = Database.open(url(), TestDatabase.user(), TestDatabase.password())) {
            return new AdminAccounts(db.jdbi()).authenticate(name, password).isPresent();
        }
    }

    @Test
    void addsAnAccountWithThePasswordFromTheFirstLineOfStdin() throws Exception {
        assertThat(run(PASSWORD + "\nnot this line\n", "admin", "add", "karin", "Karin.Holm@Example.com")).isZero();
        assertThat(stdout()).contains("Admin account karin <karin.holm@example.com> added");
        assertThat(logsIn("karin", PASSWORD)).isTrue();
    }

    @Test
    void listShowsNamesAndAddressesButNeverHashes() throws Exception {
        run(PASSWORD + "\n", "admin", "add", "karin", "karin@example.com");
        out.reset();
        assertThat(run("", "admin", "list")).isZero();
        assertThat(stdout()).startsWith("karin\tkarin@example.com\t").doesNotContain("argon2").doesNotContain(PASSWORD);
    }

    @Test
    void refusesAShortPasswordAndAddsNothing() throws Exception {
        assertThat(run("kort\n", "admin", "add", "karin", "karin@example.com")).isEqualTo(1);
        assertThat(stderr()).contains("at least 12 characters");
        assertThat(logsIn("karin", "kort")).isFalse();
    }

    @Test
    void refusesEmptyStdin() throws Exception {
        assertThat(run("", "admin", "add", "karin", "karin@example.com")).isEqualTo(1);
        assertThat(stderr()).contains("no password on standard input");
    }

    @Test
    void refusesABadAddressBeforeAskingForThePassword() throws Exception {
        assertThat(run("", "admin", "add", "karin", "karin.example.com")).isEqualTo(1);
        assertThat(stderr()).contains("'karin.example.com' is not a plain mail address");
    }

    @Test
    void refusesATakenNameAndATakenAddress() throws Exception {
        run(PASSWORD + "\n", "admin", "add", "karin", "karin@example.com");
        assertThat(run(PASSWORD + "\n", "admin", "add", "karin", "ny@example.com")).isEqualTo(1);
        assertThat(run(PASSWORD + "\n", "admin", "add", "nils", "KARIN@example.com")).isEqualTo(1);
        assertThat(stderr()).contains("there is already an admin account named karin")
                .contains("the address karin@example.com already belongs to another admin account");
        assertThat(logsIn("nils", PASSWORD)).isFalse();
    }

    @Test
    void wrongUsageIsExitCodeTwo() throws Exception {
        assertThat(run("", "admin", "add", "karin")).isEqualTo(2);
        assertThat(stderr()).contains("admin needs 'add NAME EMAIL' or 'list'");
    }

    /** H2's own refusal (IFEXISTS on a missing file); runs in the H2 pass only. */
    @Test
    @Tag(TestDatabase.H2_ONLY)
    void aDatabaseThatCannotBeOpenedIsExitCodeThree() throws Exception {
        Properties system = new Properties();
        system.put("mail2blog.db.url", "jdbc:h2:file:" + dir.resolve("mail2blog").toAbsolutePath() + ";IFEXISTS=TRUE");
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), Optional.empty(), system).run(new String[] {"admin", "list"});
        assertThat(code).isEqualTo(3);
        assertThat(stderr()).startsWith("mail2blog: cannot open the database jdbc:h2:file:");
    }
}
