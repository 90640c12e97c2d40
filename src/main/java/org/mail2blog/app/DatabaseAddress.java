package org.mail2blog.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where a database is and how to log in: a JDBC URL, a user and a password. {@link #toString()} and
 * {@link #shown()} never contain the password, not even one written into the URL.
 */
record DatabaseAddress(String url, String user, String password) {
    static final String TARGET_USER_ENV = "MAIL2BLOG_TARGET_DB_USER";
    static final String TARGET_PASSWORD_ENV = "MAIL2BLOG_TARGET_DB_PASSWORD";
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    /** The service's own database, as configured. */
    static DatabaseAddress configured(Settings settings) {
        return new DatabaseAddress(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
    }

    /**
     * A target given on the command line: the user and password from the options, else from
     * {@value #TARGET_USER_ENV} / {@value #TARGET_PASSWORD_ENV}, else the configured database's.
     */
    static DatabaseAddress target(String url, Optional<String> user, Optional<String> password,
                                  Map<String, String> env, Settings settings) {
        return new DatabaseAddress(url,
                user.or(() -> Optional.ofNullable(env.get(TARGET_USER_ENV))).orElse(settings.dbUser()),
                password.or(() -> Optional.ofNullable(env.get(TARGET_PASSWORD_ENV))).orElse(settings.dbPassword()));
    }

    /** The URL without its options after {@code ;} (H2) and with any password in it masked. */
    String shown() {
        return URL_PASSWORD.matcher(url.split(";", 2)[0]).replaceAll("$1***");
    }

    /** The whole URL, options kept, with any password in it masked: for a line to copy into the configuration. */
    String maskedUrl() {
        return URL_PASSWORD.matcher(url).replaceAll("$1***");
    }

    Connection connect() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        return DriverManager.getConnection(url, login);
    }

    @Override
    public String toString() {
        return shown();
    }
}
