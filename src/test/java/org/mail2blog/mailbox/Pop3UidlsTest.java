package org.mail2blog.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.ingest.Archived;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.testing.TestDatabase;

/** The UIDL memory on the real migrations (the test database: H2, or PostgreSQL when the suite runs on it). */
class Pop3UidlsTest {
    @Test
    void aUidlCountsAsStoredOnceItsMailIsHandledAndPerMailbox() {
        try (Database db = TestDatabase.open()) {
            MessageArchive archive = new MessageArchive(db.jdbi());
            Pop3Uidls mine = new Pop3Uidls(db.jdbi(), "blog@example.com@mail.example.com");
            Pop3Uidls other = new Pop3Uidls(db.jdbi(), "other@example.com@mail.example.com");
            Archived stored = archive.archive(new RawMessage("Message-ID: <u1@example.com>\r\n\r\nHej då\r\n"
                    .getBytes(StandardCharsets.UTF_8)));
            mine.remember("000001", stored.key());
            mine.remember("000001", stored.key());
            assertThat(mine.stored()).isEmpty();
            archive.ignore(stored.key(), "TEST", "handled");
            assertThat(mine.stored()).containsExactly("000001");
            assertThat(other.stored()).isEmpty();
            mine.markDeleted(List.of("000001"));
            assertThat(mine.stored()).containsExactly("000001");
        }
    }
}
