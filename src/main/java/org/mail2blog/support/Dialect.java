package org.mail2blog.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The databases mail2blog runs on. Nearly all SQL is written once for both; the few pieces that must
 * differ (the migrations in {@code db/vendor/<folder>}, the full-text search) are chosen from the
 * database product name the JDBC connection reports. Immutable.
 */
public enum Dialect {
    H2("H2", "h2", "jdbc:h2:"),
    POSTGRESQL("PostgreSQL", "postgresql", "jdbc:postgresql:");

    private final String productName;
    private final String folder;
    private final String urlPrefix;

    Dialect(String productName, String folder, String urlPrefix) {
        this.productName = productName;
        this.folder = folder;
        this.urlPrefix = urlPrefix;
    }

    /** The dialect of an open connection, from its database product name. */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return Arrays.stream(values()).filter(d -> d.productName.equalsIgnoreCase(product)).findFirst()
                .orElseThrow(() -> new IllegalStateException("mail2blog runs on H2 or PostgreSQL, not on " + product));
    }

    /** The dialect a JDBC URL names, if it is one of ours. */
    public static Optional<Dialect> ofUrl(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> lower.startsWith(d.urlPrefix)).findFirst();
    }

    /** The folder under {@code db/vendor/} with this database's own versions of some migrations. */
    public String folder() {
        return folder;
    }

    /** How a JDBC URL of this dialect starts ({@code jdbc:postgresql:}). */
    public String urlPrefix() {
        return urlPrefix;
    }

    /**
     * A JDBC URL without its parameters (H2's after {@code ;}, PostgreSQL's after {@code ?}), fit for a
     * message or a log: parameters may carry a password.
     */
    public static String withoutParameters(String jdbcUrl) {
        int semicolon = jdbcUrl.indexOf(';');
        int question = jdbcUrl.indexOf('?');
        int end = semicolon < 0 ? question : question < 0 ? semicolon : Math.min(semicolon, question);
        return end < 0 ? jdbcUrl : jdbcUrl.substring(0, end);
    }
}
