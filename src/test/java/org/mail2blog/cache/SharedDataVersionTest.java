package org.mail2blog.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.app.Database;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.testing.TestDatabase;

/** Two instances on one database, each with its own page-cache version: A's writes must move B's. */
class SharedDataVersionTest {
    private final Database a = TestDatabase.open();
    private final Database b = sameDatabase(a);
    private final DataVersion localA = DataVersion.watch(a.jdbi());
    private final DataVersion localB = DataVersion.watch(b.jdbi());
    private final SharedDataVersion sharedA = SharedDataVersion.manual(a.jdbi(), localA::committedWrites);
    private final SharedDataVersion sharedB = SharedDataVersion.manual(b.jdbi(), localB::committedWrites);
    private final ConversationRepository conversationsOnA = new ConversationRepository(a.jdbi());

    /** A second connection pool to the database {@code db} uses, as a second instance would open. */
    private static Database sameDatabase(Database db) {
        try {
            List<String> urlAndUser = db.jdbi().withHandle(h -> {
                DatabaseMetaData meta = h.getConnection().getMetaData();
                return List.of(meta.getURL(), meta.getUserName());
            });
            return Database.open(urlAndUser.get(0), urlAndUser.get(1), "");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database's URL", e);
        }
    }

    @AfterEach
    void close() {
        b.close();
        a.close();
    }

    private void syncBoth() throws Exception {
        sharedA.sync();
        sharedB.sync();
    }

    @Test
    void aPageCachedOnOneInstanceIsStaleOnceAnotherInstanceWrites(@TempDir Path templates) throws Exception {
        SiteVersion siteB = new SiteVersion(localB, sharedB::current,
                new FolderStamp(templates, Duration.ofHours(1), System::nanoTime));
        syncBoth();
        String cachedOnB = siteB.current();

        conversationsOnA.create(new NewConversation("regnvatten", "Regnvatten i tunnor", "Intro", "", List.of(), true));
        syncBoth();

        assertThat(siteB.current()).isNotEqualTo(cachedOnB);
        assertThat(localB.current()).as("B itself wrote nothing").isZero();
    }

    @Test
    void readsOnOneInstanceLeaveTheOthersCachesAlone() throws Exception {
        syncBoth();
        long before = sharedB.current();

        conversationsOnA.listPublished();
        a.jdbi().useTransaction(h -> h.createQuery("SELECT COUNT(*) FROM conversation").mapTo(Long.class).one());
        syncBoth();

        assertThat(sharedB.current()).isEqualTo(before);
    }

    @Test
    void aTransactionReachesOtherInstancesOnlyOnceItHasCommitted() throws Exception {
        long id = conversationsOnA.create(new NewConversation("kompost", "Kompost", "Intro", "", List.of(), true)).id();
        syncBoth();
        long before = sharedB.current();
        long[] whileOpen = new long[1];

        a.jdbi().useTransaction(h -> {
            h.createUpdate("UPDATE conversation SET title = 'Kompost på gården' WHERE id = :id").bind("id", id).execute();
            syncBoth();
            whileOpen[0] = sharedB.current();
        });
        syncBoth();

        assertThat(whileOpen[0]).as("an uncommitted write must not let B cache old data under a new version")
                .isEqualTo(before);
        assertThat(sharedB.current()).isGreaterThan(before);
    }

    @Test
    void aRolledBackTransactionIsNoCommittedWrite() {
        long before = localA.committedWrites();

        assertThatThrownBy(() -> a.jdbi().useTransaction(h -> {
            h.createUpdate("UPDATE conversation SET title = 'Ångra mig'").execute();
            throw new IllegalStateException("the admin changed their mind");
        })).hasMessageContaining("changed their mind");

        assertThat(localA.committedWrites()).isEqualTo(before);
    }
}
