package org.mail2blog.cache;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The change counter kept in the database (table {@code data_stamp}) for writes made by another
 * process, which the service's own {@link DataVersion} cannot see: {@code ./mail2blog import} bumps
 * it after each letter it commits, and the service reads it at most once per interval. A failed
 * read gives a fresh value each time, so nothing is cached while the database cannot be read.
 * Thread-safe.
 */
public final class DatabaseStamp {
    private static final String READ = "SELECT stamp FROM data_stamp WHERE id = 1";
    private final Jdbi jdbi;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private boolean checked;
    private long checkedAt;
    private String stamp = "";

    public DatabaseStamp(Jdbi jdbi, Duration interval, LongSupplier nanoTime) {
        this.jdbi = jdbi;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The counter as last read; read again when the interval has passed. */
    public synchronized String current() {
        long now = nanoTime.getAsLong();
        if (!checked || now - checkedAt >= intervalNanos) {
            checked = true;
            checkedAt = now;
            stamp = read(now);
        }
        return stamp;
    }

    private String read(long now) {
        try {
            return jdbi.withHandle(h -> h.createQuery(READ).mapTo(Long.class).findOne())
                    .map(String::valueOf).orElse("none");
        } catch (JdbiException e) {
            return "unreadable-" + now;
        }
    }

    /** Tells every running service that the data changed; in the caller's transaction. */
    public static void bump(Handle h) {
        h.createUpdate("UPDATE data_stamp SET stamp = stamp + 1 WHERE id = 1").execute();
    }

    /** Tells every running service that the data changed; commits at once. */
    public static void bump(Jdbi jdbi) {
        jdbi.useHandle(DatabaseStamp::bump);
    }
}
