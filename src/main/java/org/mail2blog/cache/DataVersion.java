package org.mail2blog.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * A counter that moves whenever the database may have changed: {@link #watch} hooks every statement
 * Jdbi runs, so each write (insert, update, delete, merge — any statement that is not a select)
 * counts, in whichever class it was written, today's or a future one; and every transaction counts
 * again when it ends, so a page rendered from data read before the commit cannot be cached under
 * the final version. It over-counts (a login or an outbox write counts too): pages are
 * then rendered again, never served stale.
 * <p>{@link #committedWrites()} counts less eagerly, for other instances on the same database (see
 * {@link SharedDataVersion}): a write outside a transaction once it ran, a transaction that wrote once
 * it committed; reads and rolled-back transactions not at all. Thread-safe.
 */
public final class DataVersion {
    private final AtomicLong counter = new AtomicLong();
    private final AtomicLong committedWrites = new AtomicLong();
    /** Connections inside a transaction that has written and not yet ended. */
    private final Set<Connection> writing = ConcurrentHashMap.newKeySet();

    /** A version that moves only when {@link #changed()} is called (tests, benchmarks). */
    public DataVersion() {
    }

    /** A version that moves with every write {@code jdbi} runs; keeps any SQL logger already set. */
    public static DataVersion watch(Jdbi jdbi) {
        DataVersion version = new DataVersion();
        SqlStatements statements = jdbi.getConfig(SqlStatements.class);
        statements.setSqlLogger(version.logger(statements.getSqlLogger()));
        jdbi.setTransactionHandler(version.new CommitCounter(jdbi.getTransactionHandler()));
        return version;
    }

    public long current() {
        return counter.get();
    }

    /** How many writes have committed: statements outside a transaction, and transactions that wrote. */
    public long committedWrites() {
        return committedWrites.get();
    }

    /** Records a change. */
    public void changed() {
        counter.incrementAndGet();
    }

    static boolean isWrite(String sql) {
        String start = sql.stripLeading();
        while (start.startsWith("--") || start.startsWith("/*")) {
            int end = start.startsWith("--") ? start.indexOf('\n') : start.indexOf("*/");
            start = end < 0 ? "" : start.substring(end + (start.startsWith("--") ? 1 : 2)).stripLeading();
        }
        return !start.toUpperCase(Locale.ROOT).startsWith("SELECT");
    }

    private SqlLogger logger(SqlLogger next) {
        return new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext ctx) {
                next.logBeforeExecution(ctx);
            }

            @Override
            public void logAfterExecution(StatementContext ctx) {
                next.logAfterExecution(ctx);
                written(ctx);
            }

            @Override
            public void logException(StatementContext ctx, SQLException ex) {
                next.logException(ctx, ex);
                written(ctx);
            }
        };
    }

    private void written(StatementContext ctx) {
        String sql = ctx.getRawSql();
        if (sql == null || isWrite(sql)) {
            changed();
            wrote(ctx.getConnection());
        }
    }

    private void wrote(Connection connection) {
        if (connection == null || isAutoCommit(connection)) {
            committedWrites.incrementAndGet();
        } else {
            writing.add(connection);
        }
    }

    private static boolean isAutoCommit(Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            return true;  // unknown: count the write now; counting too often only renders pages again
        }
    }

    private void ended(Handle handle, boolean committed) {
        if (writing.remove(handle.getConnection()) && committed) {
            committedWrites.incrementAndGet();
        }
    }

    /** Counts every commit (and every transaction callback's end), whatever the transaction wrote. */
    private final class CommitCounter extends DelegatingTransactionHandler {
        CommitCounter(TransactionHandler delegate) {
            super(delegate);
        }

        @Override
        public TransactionHandler specialize(Handle handle) throws SQLException {
            return new CommitCounter(getDelegate().specialize(handle));
        }

        @Override
        public void commit(Handle handle) {
            boolean committed = false;
            try {
                super.commit(handle);
                committed = true;
            } finally {
                ended(handle, committed);
                changed();
            }
        }

        @Override
        public void rollback(Handle handle) {
            try {
                super.rollback(handle);
            } finally {
                ended(handle, false);
            }
        }

        @Override
        public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
            try {
                return super.inTransaction(handle, callback);
            } finally {
                changed();
            }
        }

        @Override
        public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                        HandleCallback<R, X> callback) throws X {
            try {
                return super.inTransaction(handle, level, callback);
            } finally {
                changed();
            }
        }
    }
}
