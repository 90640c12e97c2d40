package org.mail2blog.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Copies a whole blog: every table of the source's schema into a target that Flyway migrated to the
 * same version and that holds no rows yet. The source is read in one read-only transaction at an
 * isolation level that gives one snapshot of all tables ({@link Dialect}), so a service writing
 * meanwhile cannot tear the copy; rows are written in foreign-key order, in batches, large values
 * spooled ({@link RowBatch}), all in one target transaction, so a failed copy leaves the target
 * empty. The row counts are checked against the snapshot before the commit, and identity columns are
 * moved past the copied ids after it. H2 and PostgreSQL, either way round. Not thread-safe: one copy
 * per instance at a time; the caller owns and closes both connections.
 */
public final class TableCopier {
    private final Consumer<TableCount> progress;

    /** {@code progress} hears of each table once its rows are written. */
    public TableCopier(Consumer<TableCount> progress) {
        this.progress = progress;
    }

    /** Copies everything; returns the rows per table, in the order they were written. */
    public List<TableCount> copy(Connection source, Connection target) throws SQLException, IOException, CopyRefused {
        beginSnapshot(source);
        try {
            CopyPlan plan = CopyPlan.of(source, target);
            refuseNonEmpty(target, plan);
            target.setAutoCommit(false);
            List<TableCount> copied = writeAll(source, target, plan);
            target.commit();
            restartIdentities(target, plan);
            return copied;
        } catch (SQLException | IOException | CopyRefused | RuntimeException e) {
            rollbackQuietly(target, e);
            throw e;
        } finally {
            endSnapshot(source);
            target.setAutoCommit(true);
        }
    }

    private static void beginSnapshot(Connection source) throws SQLException, CopyRefused {
        Dialect dialect = Dialect.of(source);
        source.setAutoCommit(true);
        source.setReadOnly(true);
        source.setTransactionIsolation(dialect.snapshotIsolation());
        source.setAutoCommit(false);
    }

    /** Ends the read-only transaction and gives the connection back as it usually is. */
    private static void endSnapshot(Connection source) throws SQLException {
        source.rollback();
        source.setAutoCommit(true);
        source.setReadOnly(false);
    }

    private List<TableCount> writeAll(Connection source, Connection target, CopyPlan plan)
            throws SQLException, IOException, CopyRefused {
        List<TableCount> copied = new ArrayList<>();
        for (CopyPlan.Step step : plan.steps()) {
            long inSnapshot = count(source, step.source());
            long rows = copyTable(source, target, step);
            long written = count(target, step.target());
            if (rows != inSnapshot || written != inSnapshot) {
                throw new CopyRefused("table " + step.source().key() + ": the source holds " + inSnapshot
                        + " rows, " + rows + " were read and the target holds " + written + "; nothing was kept");
            }
            TableCount count = new TableCount(step.source().key(), rows);
            copied.add(count);
            progress.accept(count);
        }
        return copied;
    }

    private static long copyTable(Connection source, Connection target, CopyPlan.Step step) throws SQLException, IOException {
        long rows = 0;
        try (Statement read = source.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
             PreparedStatement insert = target.prepareStatement(insertSql(step));
             RowBatch batch = new RowBatch(insert, step.from(), step.to())) {
            read.setFetchSize(200);
            try (ResultSet rs = read.executeQuery(selectSql(step))) {
                while (rs.next()) {
                    batch.add(rs);
                    rows++;
                }
            }
            batch.flush();
        }
        return rows;
    }

    private static String selectSql(CopyPlan.Step step) {
        Table table = step.source();
        String sql = "SELECT " + names(step.from()) + " FROM " + Dialect.quote(table.name());
        if (!table.primaryKey().isEmpty()) {
            sql += " ORDER BY " + table.primaryKey().stream().map(Dialect::quote).collect(Collectors.joining(", "));
        }
        return sql;
    }

    private static String insertSql(CopyPlan.Step step) {
        String marks = step.to().stream().map(c -> "?").collect(Collectors.joining(", "));
        return "INSERT INTO " + Dialect.quote(step.target().name()) + " (" + names(step.to()) + ") VALUES (" + marks + ")";
    }

    private static String names(List<Column> columns) {
        return columns.stream().map(c -> Dialect.quote(c.name())).collect(Collectors.joining(", "));
    }

    private static void refuseNonEmpty(Connection target, CopyPlan plan) throws SQLException, CopyRefused {
        List<String> filled = new ArrayList<>();
        for (CopyPlan.Step step : plan.steps()) {
            long rows = count(target, step.target());
            if (rows > 0) {
                filled.add(step.target().key() + " (" + rows + " rows)");
            }
        }
        if (!filled.isEmpty()) {
            throw new CopyRefused("the target database already holds blog data: " + String.join(", ", filled)
                    + "; give a new, empty database (one mail2blog has not been started on)");
        }
    }

    private static void restartIdentities(Connection target, CopyPlan plan) throws SQLException, CopyRefused {
        Dialect dialect = Dialect.of(target);
        for (CopyPlan.Step step : plan.steps()) {
            Table table = step.target();
            if (table.identity().isPresent()) {
                String column = table.identity().get().name();
                long max = max(target, table, column);
                if (max > 0) {
                    dialect.restartIdentity(target, table.name(), column, max + 1);
                }
            }
        }
        target.commit();
    }

    static long count(Connection connection, Table table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + Dialect.quote(table.name()))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long max(Connection connection, Table table, String column) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT MAX(" + Dialect.quote(column) + ") FROM " + Dialect.quote(table.name()))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void rollbackQuietly(Connection target, Exception cause) {
        try {
            if (!target.getAutoCommit()) {
                target.rollback();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
