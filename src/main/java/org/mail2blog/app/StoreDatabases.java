package org.mail2blog.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.api.FlywayException;
import org.mail2blog.store.BackupManifest;
import org.mail2blog.store.Inventory;
import org.mail2blog.store.TableCount;

/**
 * Opening, migrating and throwing away the databases that {@link StoreCommands} copies between: the
 * service's, a target, and the H2 file database inside a backup, each refusal one clear line.
 */
final class StoreDatabases {
    private StoreDatabases() {
    }

    /** Brings {@code db} to this version's schema with Flyway; exit code 3 when it cannot be opened at all. */
    static void migrate(DatabaseAddress db) throws CommandRefused {
        try (Connection probe = db.connect()) {
            probe.isValid(1);
        } catch (SQLException e) {
            throw new CommandRefused(3, "cannot open the database " + db + ": " + firstLine(e));
        }
        try {
            Database.open(db.url(), db.user(), db.password()).close();
        } catch (FlywayException e) {
            throw new CommandRefused(1, "cannot bring the database " + db + " to this version's schema: " + firstLine(e));
        }
    }

    static Connection connect(DatabaseAddress db) throws CommandRefused {
        try {
            return db.connect();
        } catch (SQLException e) {
            throw new CommandRefused(3, "cannot open the database " + db + ": " + firstLine(e));
        }
    }

    /**
     * The H2 file database {@code dir/mail2blog.mv.db}, only ever opened by this process; with a small
     * page cache (8 MiB, H2's default is larger), as it shares the JVM with the other database's cache.
     */
    static DatabaseAddress h2File(Path dir) {
        return new DatabaseAddress("jdbc:h2:file:" + dir.resolve("mail2blog").toAbsolutePath() + ";CACHE_SIZE=8192", "sa", "");
    }

    /** Refuses a backup whose database does not hold the rows its manifest lists. */
    static void requireRows(DatabaseAddress copy, BackupManifest manifest) throws CommandRefused, SQLException {
        List<TableCount> rows;
        try (Connection c = connect(copy)) {
            rows = Inventory.rows(c);
        }
        if (!rows.equals(manifest.rows())) {
            throw new CommandRefused(1, "the backup is damaged: its database holds " + rows
                    + " but its description lists " + manifest.rows());
        }
    }

    static Path workFolder(Path parent, String prefix) throws CommandRefused {
        try {
            return Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw new CommandRefused(1, "cannot make a working folder in " + parent + ": " + e.getMessage());
        }
    }

    /** Deletes the working folder and everything in it. */
    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("mail2blog: could not delete the working folder " + dir + ": " + e.getMessage());
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
