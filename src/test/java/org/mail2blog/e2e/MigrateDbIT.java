package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.testing.Postgres;
import org.mail2blog.testing.Required;
import org.mail2blog.testing.TestApp;
import org.mail2blog.testing.TestDatabase;

/**
 * {@code ./mail2blog migrate-db --to JDBC_URL} as its own process: refused while the service holds
 * the database; after the service stopped, the whole blog moves into a new database (another H2 file,
 * or PostgreSQL), and the application started there shows the same pages and gives new mail new ids.
 * The source is an H2 file database (what migrate-db is for), so the class runs in the H2 pass only.
 */
@Tag(TestDatabase.H2_ONLY)
class MigrateDbIT {
    private static final String SECRET = "hemligt-lösenord-för-målet";
    @TempDir
    Path dataDir;
    @TempDir
    Path targetDir;

    private static String fileUrl(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("mail2blog").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    @Test
    void isRefusedWhileTheServiceHoldsTheDatabase() throws Exception {
        try (TestApp app = TestApp.embedded(dataDir)) {
            StoreJourney.Result refused = StoreJourney.cli(app.settings().dbUrl(), Map.of(),
                    "migrate-db", "--to", fileUrl(targetDir));
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.output()).contains("the source database is in use").contains("stop the service first");
        }
    }

    @Test
    void movesTheBlogIntoAnotherH2Database() throws Exception {
        movesTheBlogTo(fileUrl(targetDir), Map.of());
    }

    @Test
    void movesTheBlogIntoPostgres() throws Exception {
        Required.postgres();
        String url = Postgres.newDatabase();
        movesTheBlogTo(url, Map.of("MAIL2BLOG_TARGET_DB_USER", Postgres.USER, "MAIL2BLOG_TARGET_DB_PASSWORD", SECRET));
    }

    private void movesTheBlogTo(String target, Map<String, String> env) throws Exception {
        StoreJourney.View before;
        try (TestApp app = TestApp.embedded(dataDir)) {
            StoreJourney.fill(app);
            before = StoreJourney.View.of(app);
        }
        StoreJourney.Result moved = StoreJourney.cli(fileUrl(dataDir), env, "migrate-db", "--to", target);
        assertThat(moved.code()).as(moved.output()).isZero();
        assertThat(moved.output()).containsPattern("message +\\d+ rows").containsPattern("audit_entry +\\d+ rows")
                .contains("every table's row count matches").contains("Next: set mail2blog.db.url=" + target)
                .doesNotContain(SECRET);

        try (TestApp app = TestApp.embedded(targetDir, Map.of("mail2blog.db.url", target))) {
            StoreJourney.View after = StoreJourney.View.of(app);
            assertThat(after).isEqualTo(before);
            assertThat(after.quarantine()).hasSize(1);
            assertThat(after.search()).contains("papperspåsar");
            StoreJourney.send(app, 500, "Ny Läsare", "ny.lasare@example.com", "Första brevet i den nya databasen.");
            JsonNode fresh = app.awaitQueued("Ny Läsare", StoreJourney.WAIT);
            assertThat(fresh.get("id").asLong()).isGreaterThan(before.queue().stream()
                    .mapToLong(q -> q.get("id").asLong()).max().orElseThrow());
        }
    }

    /**
     * The PostgreSQL migrations are made portable on another branch; until they are merged here,
     * Flyway fails on PostgreSQL and this journey is skipped with the reason (not failed).
     */
}
