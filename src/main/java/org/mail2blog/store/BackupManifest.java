package org.mail2blog.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What a backup file says about itself: its format, the schema version and product it was taken
 * from, when, and the rows per table it holds (checked again on restore).
 */
public record BackupManifest(int format, String schemaVersion, String sourceProduct, Instant takenAt,
                             List<TableCount> rows) {
    /** The only format so far: an H2 file database in a zip. */
    public static final int FORMAT = 1;
    private static final String ROWS = "rows.";

    /** All rows of all tables. */
    public long totalRows() {
        return rows.stream().mapToLong(TableCount::rows).sum();
    }

    void write(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(format));
        p.setProperty("schema-version", schemaVersion);
        p.setProperty("source", sourceProduct);
        p.setProperty("taken-at", takenAt.toString());
        rows.forEach(r -> p.setProperty(ROWS + r.table(), Long.toString(r.rows())));
        p.store(out, "mail2blog backup");
    }

    static BackupManifest read(InputStream in) throws IOException, CopyRefused {
        Properties p = new Properties();
        p.load(in);
        try {
            List<TableCount> rows = new ArrayList<>();
            p.stringPropertyNames().stream().filter(k -> k.startsWith(ROWS)).sorted().forEach(k ->
                    rows.add(new TableCount(k.substring(ROWS.length()), Long.parseLong(p.getProperty(k)))));
            return new BackupManifest(Integer.parseInt(p.getProperty("format", "0")), required(p, "schema-version"),
                    required(p, "source"), Instant.parse(required(p, "taken-at")), List.copyOf(rows));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new CopyRefused("the backup's description is damaged (" + e.getMessage() + ")");
        }
    }

    private static String required(Properties p, String key) throws CopyRefused {
        String value = p.getProperty(key);
        if (value == null) {
            throw new CopyRefused("the backup's description has no " + key);
        }
        return value;
    }
}
