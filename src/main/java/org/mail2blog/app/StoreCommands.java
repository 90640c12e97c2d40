package org.mail2blog.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.mail2blog.store.BackupArchive;
import org.mail2blog.store.BackupManifest;
import org.mail2blog.store.CopyRefused;
import org.mail2blog.store.Inventory;
import org.mail2blog.store.TableCopier;
import org.mail2blog.store.TableCount;

/**
 * {@code migrate-db --to JDBC_URL}, {@code backup FILE} and {@code restore FILE [--to JDBC_URL]}: each
 * copies a whole blog with the {@link TableCopier}, printing one line per table and a summary.
 * {@code backup} works while the service runs (one snapshot; mail after it is in the next backup);
 * {@code migrate-db} refuses then, because mail that arrived after its snapshot would be missing from
 * the new database once the service switches to it. Exit codes: 0 done, 1 refused or failed, 2 wrong
 * usage or configuration, 3 a database cannot be opened.
 */
final class StoreCommands {
    private final PrintStream out;
    private final Settings settings;
    private final Map<String, String> env;

    StoreCommands(PrintStream out, Settings settings, Map<String, String> env) {
        this.out = out;
        this.settings = settings;
        this.env = env;
    }

    void run(String command, List<String> args) throws CommandRefused {
        StoreArguments a = StoreArguments.parse(command, args);
        switch (command) {
            case "migrate-db" -> {
                String to = a.option("--to").orElseThrow(() -> new CommandRefused(2, "migrate-db needs --to JDBC_URL"));
                requireFiles(command, a, 0);
                migrate(target(to, a));
            }
            case "backup" -> backup(Path.of(requireFiles(command, a, 1).get(0)));
            case "restore" -> restore(Path.of(requireFiles(command, a, 1).get(0)),
                    a.option("--to").map(to -> target(to, a)).orElse(DatabaseAddress.configured(settings)));
            default -> throw new IllegalArgumentException("not a store command: " + command);
        }
    }

    /** Copies the configured database into {@code target}; the service must be stopped. */
    void migrate(DatabaseAddress target) throws CommandRefused {
        DatabaseAddress source = DatabaseAddress.configured(settings);
        if (target.url().equals(source.url())) {
            throw new CommandRefused(1, "--to names the database the blog already uses; give the new database's URL");
        }
        StoreDatabases.migrate(source);
        StoreDatabases.migrate(target);
        try (Connection from = StoreDatabases.connect(source); Connection to = StoreDatabases.connect(target)) {
            refuseWhileInUse(from);
            out.println("Copying the blog from " + Inventory.product(from) + " " + source + " to "
                    + Inventory.product(to) + " " + target + ":");
            copy(from, to);
        } catch (SQLException | IOException | CopyRefused e) {
            throw refused("migrate-db", e);
        }
        out.println("Next: set mail2blog.db.url=" + target.maskedUrl()
                + " (and mail2blog.db.user; the password in MAIL2BLOG_DB_PASSWORD) and restart the service."
                + " The old database is left as it was.");
    }

    /** Writes a backup of the configured database into {@code file}; works while the service runs. */
    void backup(Path file) throws CommandRefused {
        DatabaseAddress source = DatabaseAddress.configured(settings);
        StoreDatabases.migrate(source);
        Path work = StoreDatabases.workFolder(file.toAbsolutePath().normalize().getParent(), ".mail2blog-backup-");
        try {
            DatabaseAddress copy = StoreDatabases.h2File(work);
            StoreDatabases.migrate(copy);
            BackupManifest manifest;
            try (Connection from = StoreDatabases.connect(source); Connection to = StoreDatabases.connect(copy)) {
                out.println("Backing up the blog from " + Inventory.product(from) + " " + source + ":");
                Instant taken = Instant.now();
                List<TableCount> rows = copy(from, to);
                manifest = new BackupManifest(BackupManifest.FORMAT, Inventory.schemaVersion(from).orElseThrow(),
                        Inventory.product(from), taken, rows.stream().sorted(Comparator.comparing(TableCount::table)).toList());
                try (Statement s = to.createStatement()) {
                    s.execute("SHUTDOWN COMPACT");
                }
            }
            BackupArchive.write(work.resolve("mail2blog.mv.db"), manifest, file);
            out.println("Wrote " + file + " (" + Files.size(file) / 1024 + " KiB), raw mails included."
                    + " Restore it with ./mail2blog restore " + file + " [--to JDBC_URL]");
        } catch (SQLException | IOException | CopyRefused e) {
            throw refused("backup", e);
        } finally {
            StoreDatabases.delete(work);
        }
    }

    /** Copies the backup in {@code file} into {@code target}, which must hold no blog data. */
    void restore(Path file, DatabaseAddress target) throws CommandRefused {
        if (!Files.isRegularFile(file)) {
            throw new CommandRefused(1, "there is no backup file " + file);
        }
        Path work = StoreDatabases.workFolder(Path.of(System.getProperty("java.io.tmpdir")), "mail2blog-restore-");
        try {
            BackupManifest manifest = BackupArchive.read(file, work);
            DatabaseAddress copy = StoreDatabases.h2File(work);
            StoreDatabases.requireRows(copy, manifest);
            StoreDatabases.migrate(copy);
            StoreDatabases.migrate(target);
            try (Connection from = StoreDatabases.connect(copy); Connection to = StoreDatabases.connect(target)) {
                out.println("Restoring the backup of " + manifest.takenAt() + " (" + manifest.sourceProduct()
                        + ", schema version " + manifest.schemaVersion() + ") into " + Inventory.product(to) + " " + target + ":");
                copy(from, to);
            }
            out.println("Next: start the service with mail2blog.db.url=" + target.maskedUrl() + ".");
        } catch (SQLException | IOException | CopyRefused e) {
            throw refused("restore", e);
        } finally {
            StoreDatabases.delete(work);
        }
    }

    private List<TableCount> copy(Connection from, Connection to) throws SQLException, IOException, CopyRefused {
        Instant start = Instant.now();
        List<TableCount> rows = new TableCopier(t -> out.printf("  %-18s %,10d rows%n", t.table(), t.rows())).copy(from, to);
        long total = rows.stream().mapToLong(TableCount::rows).sum();
        out.printf("Copied %d tables, %,d rows in %.1f s; every table's row count matches.%n", rows.size(), total,
                Duration.between(start, Instant.now()).toMillis() / 1000.0);
        return rows;
    }

    private static void refuseWhileInUse(Connection source) throws SQLException, CopyRefused {
        long others = Inventory.otherSessions(source);
        if (others > 0) {
            throw new CopyRefused("the source database is in use (" + others + " other connections: the running"
                    + " service?); stop the service first, since mail that arrives after the copy would be missing"
                    + " from the new database (./mail2blog backup works while the service runs)");
        }
    }

    private DatabaseAddress target(String url, StoreArguments a) {
        return DatabaseAddress.target(url, a.option("--user"), a.option("--password"), env, settings);
    }

    private static List<String> requireFiles(String command, StoreArguments a, int count) throws CommandRefused {
        if (a.positional().size() != count) {
            throw new CommandRefused(2, command + (count == 0 ? " takes no FILE" : " needs one FILE"));
        }
        return a.positional();
    }

    private static CommandRefused refused(String command, Exception e) {
        String why = e instanceof CopyRefused ? e.getMessage() : e.toString().lines().findFirst().orElse("");
        return new CommandRefused(1, command + ": " + why);
    }
}
