package org.mail2blog.store;

import java.sql.Types;
import java.util.Locale;

/**
 * One column as JDBC metadata describes it: its name as the database spells it, its JDBC type and
 * type name, and whether the database fills it itself (identity, generated).
 */
record Column(String name, int jdbcType, String typeName, boolean identity, boolean generated) {

    /** The name in lower case: H2 spells unquoted names in upper case, PostgreSQL in lower case. */
    String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** How a value of this column is read and written so that large ones never sit whole in memory. */
    ValueKind kind() {
        return switch (jdbcType) {
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> ValueKind.BYTES;
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> ValueKind.CHARACTERS;
            case Types.TIMESTAMP_WITH_TIMEZONE -> ValueKind.INSTANT;
            // PostgreSQL's driver reports timestamptz as TIMESTAMP; its type name tells them apart.
            case Types.TIMESTAMP -> typeName.equalsIgnoreCase("timestamptz") ? ValueKind.INSTANT : ValueKind.OBJECT;
            default -> ValueKind.OBJECT;
        };
    }

    /** The ways values are carried from one database to the other. */
    enum ValueKind {
        /** Binary large objects and byte arrays (H2 BLOB, PostgreSQL BYTEA): streamed. */
        BYTES,
        /** Character large objects (H2 CLOB): streamed. */
        CHARACTERS,
        /** TIMESTAMP WITH TIME ZONE: carried as an {@link java.time.OffsetDateTime}, the instant kept. */
        INSTANT,
        /** Everything else: the driver's own object. */
        OBJECT
    }
}
