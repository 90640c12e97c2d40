package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.TestApp;
import org.mail2blog.testing.TestDatabase;

/**
 * {@code ./mail2blog backup FILE}, run as its own process while the service holds the database and
 * mail keeps arriving, then {@code ./mail2blog restore FILE --to URL} into a fresh database: the
 * application started on it shows the same conversation, senders and quarantine, the queue as it was
 * at the backup's snapshot, the raw mails byte for byte, and a new mail gets a new id.
 */
class BackupRestoreIT {
    @TempDir
    Path dataDir;
    @TempDir
    Path restoredDir;
    @TempDir
    Path backups;

    private static String fileUrl(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("mail2blog").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    @Test
    void aBackupTakenWhileMailArrivesRestoresIntoAFreshDatabase() throws Exception {
        Path file = backups.resolve("blogg-2026-11-28.zip");
        TreeMap<Long, byte[]> sourceRaws;
        StoreJourney.View source;
        int mailsBefore;
        try (TestApp app = TestApp.embedded(dataDir)) {
            StoreJourney.fill(app);
            String url = app.settings().dbUrl();
            mailsBefore = StoreJourney.raws(url, TestDatabase.user()).size();
            AtomicBoolean backingUp = new AtomicBoolean(true);
            AtomicInteger sent = new AtomicInteger();
            Thread mail = new Thread(() -> {
                while (backingUp.get() && sent.get() < 30) {
                    int n = 100 + sent.incrementAndGet();
                    StoreJourney.send(app, n, "Skribent " + n, "skribent" + n + "@example.com", "Brev nummer " + n + " om kompost.");
                }
            });
            mail.start();
            StoreJourney.Result backup = StoreJourney.cli(url, Map.of(), "backup", file.toString());
            backingUp.set(false);
            mail.join();
            assertThat(backup.code()).as(backup.output()).isZero();
            assertThat(backup.output()).containsPattern("message +\\d+ rows").contains("Wrote " + file)
                    .contains("every table's row count matches");
            Eventually.until("every mail sent during the backup stored", StoreJourney.WAIT,
                    () -> rawsOrEmpty(url).size() == mailsBefore + sent.get());
            Eventually.until("every mail sent during the backup queued", StoreJourney.WAIT,
                    () -> queueSize(app) == 1 + sent.get());
            sourceRaws = StoreJourney.raws(url, TestDatabase.user());
            source = StoreJourney.View.of(app);
        }
        assertThat(Files.list(backups)).as("no working files left next to the backup").containsExactly(file);

        // Into the database the application started on restoredDir will use (H2 or PostgreSQL).
        StoreJourney.Result restore = StoreJourney.cli(fileUrl(dataDir), Map.of(),
                "restore", file.toString(), "--to", TestDatabase.url(restoredDir));
        assertThat(restore.code()).as(restore.output()).isZero();
        assertThat(restore.output()).containsPattern("letter +\\d+ rows").contains("Next: start the service");

        TreeMap<Long, byte[]> restoredRaws = StoreJourney.raws(TestDatabase.url(restoredDir), TestDatabase.user());
        assertThat(restoredRaws.size()).isBetween(mailsBefore, sourceRaws.size());
        restoredRaws.forEach((id, raw) -> assertThat(raw).as("raw bytes of mail " + id).isEqualTo(sourceRaws.get(id)));
        try (TestApp restored = TestApp.embedded(restoredDir)) {
            StoreJourney.View view = StoreJourney.View.of(restored);
            assertThat(view.conversation()).isEqualTo(source.conversation()).contains("matavfallet i papperspåsar");
            assertThat(view.search()).isEqualTo(source.search()).contains("papperspåsar");
            assertThat(view.senders()).isEqualTo(source.senders());
            assertThat(view.quarantine()).isEqualTo(source.quarantine()).hasSize(1);
            assertThat(source.queue()).containsAll(view.queue());
            assertThat(view.queue()).extracting(q -> q.get("fromName").asText()).contains("Nils Berg");

            StoreJourney.send(restored, 999, "Efter Återställning", "efter@example.com", "Fungerar det fortfarande?");
            JsonNode fresh = restored.awaitQueued("Efter Återställning", StoreJourney.WAIT);
            assertThat(fresh.get("id").asLong()).isGreaterThan(view.queue().stream()
                    .mapToLong(q -> q.get("id").asLong()).max().orElseThrow());
        }
    }

    @Test
    void restoreRefusesADatabaseThatAlreadyHoldsABlog() throws Exception {
        Path file = backups.resolve("blogg.zip");
        String url;
        try (TestApp app = TestApp.embedded(dataDir)) {
            url = app.settings().dbUrl();
            StoreJourney.Result backup = StoreJourney.cli(url, Map.of(), "backup", file.toString());
            assertThat(backup.code()).as(backup.output()).isZero();
        }
        StoreJourney.Result restore = StoreJourney.cli(url, Map.of(), "restore", file.toString());
        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.output()).contains("already holds blog data").contains("conversation (1 rows)");
    }

    private static TreeMap<Long, byte[]> rawsOrEmpty(String url) {
        try {
            return StoreJourney.raws(url, TestDatabase.user());
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static int queueSize(TestApp app) {
        try {
            return StoreJourney.View.of(app).queue().size();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
