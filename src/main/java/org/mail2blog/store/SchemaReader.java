package org.mail2blog.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the tables of a connection's current schema from JDBC metadata: every base table except
 * Flyway's own history, which each database keeps for itself. Nothing here is a hand-kept list, so a
 * table a later migration adds is copied without a change here.
 */
final class SchemaReader {
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final Connection connection;
    private final DatabaseMetaData meta;
    private final String schema;

    SchemaReader(Connection connection) throws SQLException {
        this.connection = connection;
        this.meta = connection.getMetaData();
        this.schema = connection.getSchema();
    }

    /** The blog's tables, by lower-case name. */
    TreeMap<String, Table> tables() throws SQLException {
        TreeMap<String, Table> tables = new TreeMap<>();
        for (String name : tableNames()) {
            if (!name.equalsIgnoreCase(FLYWAY_HISTORY)) {
                Table table = new Table(name, columns(name), primaryKey(name), references(name));
                tables.put(table.key(), table);
            }
        }
        return tables;
    }

    /** The version of the last migration Flyway applied successfully; empty when it never ran here. */
    Optional<String> schemaVersion() throws SQLException {
        Optional<String> history = tableNames().stream().filter(FLYWAY_HISTORY::equalsIgnoreCase).findFirst();
        if (history.isEmpty()) {
            return Optional.empty();
        }
        String sql = "SELECT " + Dialect.quote(spelled(history.get(), "version")) + " FROM " + Dialect.quote(history.get())
                + " WHERE " + Dialect.quote(spelled(history.get(), "success")) + " = TRUE AND "
                + Dialect.quote(spelled(history.get(), "version")) + " IS NOT NULL ORDER BY "
                + Dialect.quote(spelled(history.get(), "installed_rank")) + " DESC";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    /** Flyway creates its table with quoted lower-case names on both databases; this follows the table's own case. */
    private static String spelled(String table, String column) {
        return table.equals(table.toUpperCase(Locale.ROOT)) ? column.toUpperCase(Locale.ROOT) : column;
    }

    private List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if (type.equals("TABLE") || type.equals("BASE TABLE")) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        return names;
    }

    private List<Column> columns(String table) throws SQLException {
        TreeMap<Integer, Column> columns = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, schema, escape(table), "%")) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equals(table)) {
                    columns.put(rs.getInt("ORDINAL_POSITION"), new Column(rs.getString("COLUMN_NAME"),
                            rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                            "YES".equals(rs.getString("IS_AUTOINCREMENT")), "YES".equals(rs.getString("IS_GENERATEDCOLUMN"))));
                }
            }
        }
        return List.copyOf(columns.values());
    }

    private List<String> primaryKey(String table) throws SQLException {
        TreeMap<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(key.values());
    }

    private Set<String> references(String table) throws SQLException {
        Set<String> referenced = new HashSet<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                referenced.add(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return referenced;
    }

    /** Metadata patterns treat {@code _} and {@code %} as wildcards; table names are matched exactly afterwards. */
    private String escape(String name) throws SQLException {
        String escape = meta.getSearchStringEscape();
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
