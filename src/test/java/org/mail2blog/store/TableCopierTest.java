package org.mail2blog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.testing.TestDatabase;

/** The copier between two H2 databases migrated by Flyway; {@link TableCopierPostgresTest} crosses to PostgreSQL. */
class TableCopierTest {
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private Connection connect(Database db) {
        Handle handle = db.jdbi().open();
        open.add(handle);
        return handle.getConnection();
    }

    private Database database() {
        Database db = TestDatabase.open();
        open.add(db);
        return db;
    }

    @Test
    void copiesEveryTableWithTheSameRowsAndRawBytes() throws Exception {
        Connection source = connect(database());
        SampleBlog.fill(source);
        Connection target = connect(database());
        List<TableCount> copied = new TableCopier(t -> { }).copy(source, target);
        assertThat(copied).isEqualTo(Inventory.rows(target).stream()
                .sorted(java.util.Comparator.comparing(t -> copied.indexOf(t))).toList());
        assertThat(copied).contains(new TableCount("message", 3), new TableCount("letter", 3),
                new TableCount("follower", 1), new TableCount("outbox", 1), new TableCount("sender", 1),
                new TableCount("audit_entry", 1), new TableCount("conversation", 1));
        CopyAssertions.assertSameContent(source, target);
    }

    @Test
    void writesReferencedTablesFirst() throws Exception {
        Connection source = connect(database());
        SampleBlog.fill(source);
        List<String> order = new ArrayList<>();
        new TableCopier(t -> order.add(t.table())).copy(source, connect(database()));
        assertThat(order.indexOf("message")).isLessThan(order.indexOf("letter"));
        assertThat(order.indexOf("conversation")).isLessThan(order.indexOf("letter")).isLessThan(order.indexOf("follower"));
    }

    @Test
    void newRowsInTheTargetGetIdsPastTheCopiedOnes() throws Exception {
        Connection source = connect(database());
        SampleBlog.fill(source);
        Connection target = connect(database());
        new TableCopier(t -> { }).copy(source, target);
        SampleBlog.update(target, "INSERT INTO message (sha256, raw, size_bytes, received_at, state)"
                + " VALUES (?, ?, 1, ?, 'received')", "f".repeat(64), new byte[] {1}, SampleBlog.AT);
        assertThat(CopyAssertions.longs(target, "SELECT MAX(id) FROM message")).containsExactly(4L);
    }

    @Test
    void refusesATargetThatAlreadyHoldsBlogDataAndLeavesItAsItWas() throws Exception {
        Connection source = connect(database());
        SampleBlog.fill(source);
        Connection target = connect(database());
        SampleBlog.update(target, "INSERT INTO sender (address, status, decided_by, decided_at)"
                + " VALUES ('vän@example.com', 'trusted', 'admin', ?)", SampleBlog.AT);
        assertThatThrownBy(() -> new TableCopier(t -> { }).copy(source, target)).isInstanceOf(CopyRefused.class)
                .hasMessageContaining("already holds blog data: sender (1 rows)");
        assertThat(CopyAssertions.longs(target, "SELECT COUNT(*) FROM message")).containsExactly(0L);
    }

    @Test
    void readsOneSnapshotWhileTheSourceTakesNewMail() throws Exception {
        Database sourceDb = database();
        Connection source = connect(sourceDb);
        SampleBlog.fill(source);
        Connection writer = connect(sourceDb);
        Connection target = connect(database());
        List<TableCount> copied = new TableCopier(table -> {
            if (table.table().equals("admin_account")) {
                insertMailWhileCopying(writer);
            }
        }).copy(source, target);
        assertThat(copied).contains(new TableCount("message", 3));
        assertThat(CopyAssertions.longs(source, "SELECT COUNT(*) FROM message")).containsExactly(4L);
    }

    private static void insertMailWhileCopying(Connection writer) {
        try {
            SampleBlog.update(writer, "INSERT INTO message (id, sha256, raw, size_bytes, received_at, state)"
                    + " VALUES (99, ?, ?, 1, ?, 'received')", "e".repeat(64), new byte[] {2}, SampleBlog.AT);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesATargetAtAnotherSchemaVersion() throws Exception {
        Connection source = connect(database());
        String url = "jdbc:h2:mem:old-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations(Database.migrationLocations(org.mail2blog.support.Dialect.H2)).target("13").load().migrate();
        Connection target = java.sql.DriverManager.getConnection(url, "sa", "");
        open.add(target);
        assertThatThrownBy(() -> new TableCopier(t -> { }).copy(source, target)).isInstanceOf(CopyRefused.class)
                .hasMessageContaining("the target at 13");
    }

    @Test
    void givesTheSourceBackWritableInAutoCommit() throws Exception {
        Connection source = connect(database());
        SampleBlog.fill(source);
        new TableCopier(t -> { }).copy(source, connect(database()));
        assertThat(source.getAutoCommit()).isTrue();
        try (Statement s = source.createStatement()) {
            s.executeUpdate("DELETE FROM sender");
        }
        assertThat(CopyAssertions.longs(source, "SELECT COUNT(*) FROM sender")).containsExactly(0L);
    }
}
