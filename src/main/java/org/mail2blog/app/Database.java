package org.mail2blog.app;

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.mail2blog.support.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool, the schema migrations and the {@link Jdbi} handle the repositories share.
 * Feature packages own their SQL; this class only opens, migrates and closes. Thread-safe.
 *
 * <p>Migrations: the portable ones in {@code db/migration}, plus the database's own versions of
 * those that must differ in {@code db/vendor/h2} or {@code db/vendor/postgresql} (each version
 * exists once per database). The vendor folders sit outside {@code db/migration} because Flyway
 * scans a location with its subfolders. The H2 files are the ones earlier releases had in
 * {@code db/migration}, unchanged: Flyway keys a migration by version, description and checksum,
 * not by folder, so existing H2 databases validate as before.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Dialect dialect;

    private Database(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.dialect = dialect;
    }

    /** Opens the pool and applies pending Flyway migrations (see the class comment for where from). */
    public static Database open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("mail2blog");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Dialect dialect = dialectOf(pool);
            Flyway.configure().dataSource(pool).locations(migrationLocations(dialect)).load().migrate();
            LOG.info("[app] database {} ({}) is up to date", Dialect.withoutParameters(url), dialect);
            return new Database(pool, dialect);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Where the migrations for {@code dialect} are, for Flyway's {@code locations}. */
    public static String[] migrationLocations(Dialect dialect) {
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + dialect.folder()};
    }

    private static Dialect dialectOf(HikariDataSource pool) {
        try (Connection c = pool.getConnection()) {
            return Dialect.of(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read which database "
                    + Dialect.withoutParameters(pool.getJdbcUrl()) + " is", e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Which database this is (H2 or PostgreSQL). */
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        pool.close();
    }
}
