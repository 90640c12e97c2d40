package org.mail2blog.cache;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data version that several instances on one database share, so that a page one instance cached
 * is rendered again after another instance (or a command beside it, such as an import) changed the
 * data (an approval on instance B must show on instance A). It is the one row of table {@code data_version}: once per interval each instance adds
 * one to it if it has committed writes since its last look ({@link DataVersion#committedWrites()}),
 * and reads it back. A change therefore reaches every other instance within about two intervals, at
 * the cost of one small read per interval per instance and one small write per interval while an
 * instance writes. Its own statements go past Jdbi's statement hooks, so they do not count as writes.
 * Thread-safe.
 */
public final class SharedDataVersion implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SharedDataVersion.class);
    private static final String BUMP = "UPDATE data_version SET version = version + 1 WHERE id = 1";
    private final Jdbi jdbi;
    private final LongSupplier localWrites;
    private final ScheduledExecutorService timer;
    private volatile long current;
    private long published;

    private SharedDataVersion(Jdbi jdbi, LongSupplier localWrites, ScheduledExecutorService timer) {
        this.jdbi = jdbi;
        this.localWrites = localWrites;
        this.timer = timer;
        this.published = localWrites.getAsLong();
    }

    /** A shared version that is brought up to date only by {@link #sync()} (tests). */
    static SharedDataVersion manual(Jdbi jdbi, LongSupplier localWrites) {
        return new SharedDataVersion(jdbi, localWrites, null);
    }

    /** Reads the shared version now, then publishes and reads it again every {@code interval} on a daemon thread. */
    public static SharedDataVersion start(Jdbi jdbi, DataVersion local, Duration interval) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mail2blog-shared-data-version");
            thread.setDaemon(true);
            return thread;
        });
        SharedDataVersion shared = new SharedDataVersion(jdbi, local::committedWrites, timer);
        try {
            shared.sync();
        } catch (SQLException e) {
            timer.shutdownNow();
            throw new IllegalStateException("cannot read the shared data version (table data_version): "
                    + e.getMessage(), e);
        }
        timer.scheduleWithFixedDelay(shared::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return shared;
    }

    /**
     * Tells every running instance that the data changed, from a process that runs no
     * {@code SharedDataVersion} of its own (a command such as ./mail2blog import); commits at once.
     */
    public static void announce(Jdbi jdbi) {
        try {
            jdbi.useHandle(h -> {
                try (Statement statement = h.getConnection().createStatement()) {
                    bump(statement);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot announce a change in table data_version: " + e.getMessage(), e);
        }
    }

    /**
     * Adds one to the version; the first write makes the row (a concurrent first write of another
     * instance wins the insert, and this one adds to it).
     */
    private static void bump(Statement statement) throws SQLException {
        if (statement.executeUpdate(BUMP) > 0) {
            return;
        }
        try {
            statement.executeUpdate("INSERT INTO data_version (id, version) VALUES (1, 1)");
        } catch (SQLException anotherInstanceWasFirst) {
            statement.executeUpdate(BUMP);
        }
    }

    /** The shared version as last read. */
    public long current() {
        return current;
    }

    /** Adds one to the shared version if this instance committed writes since the last call, then reads it. */
    synchronized void sync() throws SQLException {
        long writes = localWrites.getAsLong();
        jdbi.useHandle(h -> {
            Connection connection = h.getConnection();
            try (Statement statement = connection.createStatement()) {
                if (writes != published) {
                    bump(statement);
                }
                try (ResultSet rs = statement.executeQuery("SELECT version FROM data_version WHERE id = 1")) {
                    current = rs.next() ? rs.getLong(1) : current;
                }
            }
        });
        published = writes;
    }

    /** One scheduled look; a failure (database away) is retried at the next, with nothing published lost. */
    private void tick() {
        try {
            sync();
        } catch (SQLException | JdbiException e) {
            LOG.warn("[cache] cannot read the shared data version ({}); pages changed on other instances"
                    + " may show late until the database answers", e.toString());
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
