package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.support.Dialect;
import org.mail2blog.testing.Postgres;
import org.mail2blog.testing.Required;
import org.mail2blog.testing.TestDatabase;

class DatabaseTest {
    @TempDir
    Path dir;

    /**
     * Before PostgreSQL, every migration sat in one folder, db/migration; the H2 ones moved unchanged to
     * db/vendor/h2. An H2 database made from the single folder must still validate and open. H2 only.
     */
    @Test
    @Tag(TestDatabase.H2_ONLY)
    void anH2DatabaseMadeFromTheFormerSingleFolderOpensWithoutChange() throws Exception {
        Path former = dir.resolve("former");
        Files.createDirectories(former);
        copySql("/db/migration", former);
        copySql("/db/vendor/h2", former);
        String url = "jdbc:h2:file:" + dir.resolve("blog").toAbsolutePath();
        // The single folder ended at V14; later migrations were added after the move.
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + former).target("14").load().migrate();
        int applied = historyRows(url, 14);

        try (Database db = Database.open(url, "sa", "")) {
            assertThat(db.dialect()).isEqualTo(Dialect.H2);
        }
        assertThat(applied).isEqualTo(13);
        assertThat(historyRows(url, 14)).as("V1..V14 validated, none applied again").isEqualTo(applied);
    }

    @Test
    void opensPostgresqlWithItsOwnMigrations() {
        Required.postgres();
        try (Database db = Database.open(Postgres.newDatabase(), Postgres.USER, "")) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
            long letters = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM letter").mapTo(Long.class).one());
            assertThat(letters).isZero();
        }
    }

    /** The same tables and columns on both, so that data can move from one to the other. */
    @Test
    void h2AndPostgresqlGetTheSameTablesAndColumns() throws SQLException {
        Required.postgres();
        String h2 = "jdbc:h2:mem:columns-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Database onH2 = Database.open(h2, "sa", "");
             Database onPostgresql = Database.open(Postgres.newDatabase(), Postgres.USER, "")) {
            assertThat(columns(onPostgresql)).hasSizeGreaterThan(90).isEqualTo(columns(onH2));
        }
    }

    private static Set<String> columns(Database db) throws SQLException {
        return db.jdbi().withHandle(h -> {
            Set<String> names = new TreeSet<>();
            try (ResultSet rs = h.getConnection().createStatement().executeQuery(
                    "SELECT table_name, column_name FROM information_schema.columns"
                            + " WHERE LOWER(table_schema) = 'public' AND LOWER(table_name) <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    names.add((rs.getString(1) + "." + rs.getString(2)).toLowerCase(java.util.Locale.ROOT));
                }
            }
            return names;
        });
    }

    /** Applied SQL migrations up to version {@code upTo}. */
    private static int historyRows(String url, int upTo) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"type\" = 'SQL'"
                             + " AND CAST(\"version\" AS INT) <= " + upTo)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void copySql(String resource, Path to) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(Path.of(DatabaseTest.class.getResource(resource).toURI()))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
