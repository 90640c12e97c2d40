package org.mail2blog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What differs between the two databases we support ({@link org.mail2blog.support.Dialect}) when a
 * whole blog is copied: the isolation level
 * that gives one snapshot for a whole transaction, how an identity column is moved past the copied
 * ids, and how to see other connections.
 */
enum Dialect {
    /**
     * H2 2.x: REPEATABLE READ takes each table's snapshot when the table is first read (checked: a row
     * committed into a second table after the first was read is seen); SERIALIZABLE fixes one
     * snapshot for all tables.
     */
    H2(Connection.TRANSACTION_SERIALIZABLE),
    /** PostgreSQL: REPEATABLE READ is one snapshot for the whole transaction (what pg_dump uses). */
    POSTGRESQL(Connection.TRANSACTION_REPEATABLE_READ);

    private final int snapshotIsolation;

    Dialect(int snapshotIsolation) {
        this.snapshotIsolation = snapshotIsolation;
    }

    /** The copy's view of the database that {@link org.mail2blog.support.Dialect} recognises. */
    static Dialect of(Connection connection) throws SQLException, CopyRefused {
        try {
            return valueOf(org.mail2blog.support.Dialect.of(connection).name());
        } catch (IllegalStateException notOurs) {
            throw new CopyRefused(notOurs.getMessage());
        }
    }

    int snapshotIsolation() {
        return snapshotIsolation;
    }

    /** The product's name as people write it, for messages. */
    String displayName() {
        return this == H2 ? "H2" : "PostgreSQL";
    }

    /** Makes the next generated value of {@code column} {@code next}. On H2 this is DDL and commits. */
    void restartIdentity(Connection connection, String table, String column, long next) throws SQLException {
        if (this == H2) {
            try (Statement s = connection.createStatement()) {
                s.execute("ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column) + " RESTART WITH " + next);
            }
            return;
        }
        // pg_get_serial_sequence finds the sequence of a serial column and of an identity column alike.
        try (PreparedStatement s = connection.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), ?, false)")) {
            s.setString(1, quote(table));
            s.setString(2, column);
            s.setLong(3, next);
            s.executeQuery().close();
        }
    }

    /** How many other connections the database has right now (a running service holds some). */
    long otherSessions(Connection connection) throws SQLException {
        String sql = this == H2
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()"
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
                        + " AND backend_type = 'client backend'";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
