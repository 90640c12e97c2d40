package org.mail2blog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.testing.Postgres;
import org.mail2blog.testing.Required;

/**
 * The copier between H2 and a real PostgreSQL, both ways, on a small schema of the same shapes as
 * ours (test migrations under db/copier, standard SQL): raw bytes, long text, zoned time stamps,
 * identity keys and foreign keys survive the crossing.
 */
class TableCopierPostgresTest {
    private static final byte[] BIG = SampleBlog.raw(3);
    private final List<Connection> open = new ArrayList<>();

    @BeforeEach
    void requirePostgres() {
        Required.postgres();
    }

    @AfterEach
    void close() throws SQLException {
        for (Connection c : open) {
            c.close();
        }
    }

    private Connection migrated(String url) throws SQLException {
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/copier").load().migrate();
        Connection c = DriverManager.getConnection(url);
        open.add(c);
        return c;
    }

    private Connection h2() throws SQLException {
        return migrated("jdbc:h2:mem:copier-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private static void fill(Connection c) throws SQLException {
        SampleBlog.update(c, "INSERT INTO message (raw, received_at) VALUES (?, ?)", "Hej".getBytes(), SampleBlog.AT);
        SampleBlog.update(c, "INSERT INTO message (raw, received_at) VALUES (?, ?)", BIG, SampleBlog.AT);
        SampleBlog.update(c, "INSERT INTO conversation (title, intro) VALUES ('Källsortering', ?)", SampleBlog.LONG_INTRO);
        SampleBlog.update(c, "INSERT INTO letter (message_key, conversation_id, body, edited_at)"
                + " VALUES (1, 1, 'Jag håller med, åäö.', ?)", SampleBlog.AT);
        SampleBlog.update(c, "INSERT INTO letter (message_key, conversation_id, body) VALUES (2, 1, 'Tack för sist!')");
        SampleBlog.update(c, "INSERT INTO sender (address, status) VALUES ('vän@example.com', 'trusted')");
    }

    @Test
    void copiesFromH2IntoPostgresAndNewRowsThereGetFreshIds() throws Exception {
        Connection source = h2();
        fill(source);
        Connection target = migrated(Postgres.newDatabase());
        new TableCopier(t -> { }).copy(source, target);
        assertSame(source, target);
        SampleBlog.update(target, "INSERT INTO message (raw, received_at) VALUES (?, ?)", new byte[] {1}, SampleBlog.AT);
        assertThat(CopyAssertions.longs(target, "SELECT MAX(id) FROM message")).containsExactly(3L);
    }

    @Test
    void copiesFromPostgresBackIntoH2() throws Exception {
        Connection source = migrated(Postgres.newDatabase());
        fill(source);
        Connection target = h2();
        new TableCopier(t -> { }).copy(source, target);
        assertSame(source, target);
        SampleBlog.update(target, "INSERT INTO letter (message_key, body) VALUES (1, 'Ny')");
        assertThat(CopyAssertions.longs(target, "SELECT MAX(id) FROM letter")).containsExactly(3L);
    }

    private static void assertSame(Connection source, Connection target) throws SQLException {
        assertThat(Inventory.rows(target)).isEqualTo(Inventory.rows(source))
                .contains(new TableCount("message", 2), new TableCount("letter", 2));
        assertThat(CopyAssertions.bytesOf(target, "SELECT raw FROM message ORDER BY id").get(1)).isEqualTo(BIG);
        assertThat(CopyAssertions.stringsOf(target, "SELECT intro FROM conversation")).containsExactly(SampleBlog.LONG_INTRO);
        assertThat(CopyAssertions.stringsOf(target, "SELECT body FROM letter ORDER BY id"))
                .containsExactly("Jag håller med, åäö.", "Tack för sist!");
        assertThat(CopyAssertions.instantsOf(target, "SELECT edited_at FROM letter WHERE id = 1"))
                .containsExactly(SampleBlog.AT.toInstant());
    }
}
