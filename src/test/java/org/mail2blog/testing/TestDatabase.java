package org.mail2blog.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.mail2blog.app.Database;

/**
 * The database a test runs on, with the real Flyway migrations applied: H2 by default; a fresh
 * PostgreSQL database ({@link Postgres}) when the system property {@code mail2blog.test.database} is
 * {@code postgresql}, as in the build's second pass over the whole suite. Tests that test H2 itself
 * hard-code H2, say so, and carry the tag {@link #H2_ONLY}.
 */
public final class TestDatabase {
    /** The system property that chooses the database: {@code h2} (the default) or {@code postgresql}. */
    public static final String PROPERTY = "mail2blog.test.database";
    /** The JUnit tag of tests that test H2 itself; the PostgreSQL pass leaves them out. */
    public static final String H2_ONLY = "h2-only";
    private static final Map<Path, String> POSTGRES_BY_DIR = new ConcurrentHashMap<>();

    private TestDatabase() {
    }

    /** True in the PostgreSQL pass. */
    public static boolean isPostgresql() {
        String chosen = System.getProperty(PROPERTY, "h2");
        if (!chosen.equals("h2") && !chosen.equals("postgresql")) {
            throw new IllegalStateException(PROPERTY + " must be h2 or postgresql, not " + chosen);
        }
        return chosen.equals("postgresql");
    }

    /** A fresh, empty database (in memory on H2), migrated. */
    public static Database open() {
        if (isPostgresql()) {
            Required.postgres();
            return Database.open(Postgres.newDatabase(), user(), password());
        }
        return Database.open("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", user(), password());
    }

    /**
     * The URL of the application's database that belongs to {@code dataDir}: an H2 file in it (mixed
     * mode, so a second process can open it as with the default configuration), or the PostgreSQL
     * database made for that folder on first use. The same folder gives the same database, so a
     * restarted application finds its data.
     */
    public static String url(Path dataDir) {
        Path dir = dataDir.toAbsolutePath();
        if (isPostgresql()) {
            Required.postgres();
            return POSTGRES_BY_DIR.computeIfAbsent(dir, d -> Postgres.newDatabase());
        }
        return "jdbc:h2:file:" + dir.resolve("mail2blog") + ";AUTO_SERVER=TRUE";
    }

    /** The database user of the test databases. */
    public static String user() {
        return isPostgresql() ? Postgres.USER : "sa";
    }

    /** The password of the test databases (none; PostgreSQL's test cluster trusts loopback). */
    public static String password() {
        return "";
    }

    /** A plain JDBC connection to {@code url}, as the test user. */
    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }
}
