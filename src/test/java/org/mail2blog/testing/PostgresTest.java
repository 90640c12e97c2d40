package org.mail2blog.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

class PostgresTest {
    @Test
    void twoDatabasesAreSeparateAndKeepUtf8() throws Exception {
        Required.postgres();
        String first = Postgres.newDatabase();
        String second = Postgres.newDatabase();
        assertThat(first).isNotEqualTo(second);
        try (Connection c = DriverManager.getConnection(first)) {
            c.createStatement().execute("CREATE TABLE t (v VARCHAR(20))");
            c.createStatement().execute("INSERT INTO t VALUES ('Mvh Åsa')");
            ResultSet rs = c.createStatement().executeQuery("SELECT v FROM t");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("Mvh Åsa");
        }
        try (Connection c = DriverManager.getConnection(second)) {
            ResultSet rs = c.createStatement().executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = 't'");
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
