package org.mail2blog.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a blog database is and holds, for the commands' checks and messages: its product, its
 * schema version, its rows per table, and how many other connections it has (a running service
 * holds some). Reads only; the caller owns the connection.
 */
public final class Inventory {
    private Inventory() {
    }

    /** "H2" or "PostgreSQL"; refused for any other database. */
    public static String product(Connection connection) throws SQLException, CopyRefused {
        return Dialect.of(connection).displayName();
    }

    /** The Flyway version of the schema; empty when Flyway never ran there. */
    public static Optional<String> schemaVersion(Connection connection) throws SQLException {
        return new SchemaReader(connection).schemaVersion();
    }

    /** Rows per table (lower-case names, alphabetical), Flyway's history left out. */
    public static List<TableCount> rows(Connection connection) throws SQLException {
        List<TableCount> counts = new ArrayList<>();
        for (Table table : new SchemaReader(connection).tables().values()) {
            counts.add(new TableCount(table.key(), TableCopier.count(connection, table)));
        }
        return counts;
    }

    /** How many other connections the database has at this moment. */
    public static long otherSessions(Connection connection) throws SQLException, CopyRefused {
        return Dialect.of(connection).otherSessions(connection);
    }
}
