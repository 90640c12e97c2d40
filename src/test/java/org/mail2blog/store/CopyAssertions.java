package org.mail2blog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Compares what two databases hold, whatever their product. */
final class CopyAssertions {
    private CopyAssertions() {
    }

    /** Same rows per table, same raw mail bytes, same letters and the same long introduction. */
    static void assertSameContent(Connection source, Connection target) throws SQLException {
        assertThat(Inventory.rows(target)).isEqualTo(Inventory.rows(source));
        String raws = "SELECT raw FROM message ORDER BY id";
        assertThat(bytesOf(target, raws)).containsExactlyElementsOf(bytesOf(source, raws));
        assertThat(bytesOf(target, raws).get(2)).isEqualTo(SampleBlog.raw(3));
        String letters = "SELECT author_name || ' ' || body || ' ' || CAST(id AS VARCHAR(20)) FROM letter ORDER BY id";
        assertThat(stringsOf(target, letters)).containsExactlyElementsOf(stringsOf(source, letters));
        assertThat(stringsOf(target, "SELECT intro FROM conversation")).containsExactly(SampleBlog.LONG_INTRO);
        String at = "SELECT received_at FROM message ORDER BY id";
        assertThat(instantsOf(target, at)).isEqualTo(instantsOf(source, at));
    }

    static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    static List<byte[]> bytesOf(Connection c, String sql) throws SQLException {
        List<byte[]> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getBytes(1));
            }
        }
        return values;
    }

    static List<String> stringsOf(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    static List<java.time.Instant> instantsOf(Connection c, String sql) throws SQLException {
        List<java.time.Instant> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getObject(1, java.time.OffsetDateTime.class).toInstant());
            }
        }
        return values;
    }
}
