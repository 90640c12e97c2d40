package org.mail2blog.ingest;

import org.mail2blog.mime.MessageRejected;
import org.mail2blog.mime.Reason;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.testing.TestDatabase;

class MessageArchiveTest {
    private static final String MAIL = "Message-ID: <a1@example.com>\r\nFrom: x@example.com\r\n\r\nHej\r\n";
    private final Database db = TestDatabase.open();
    private final MessageArchive archive = new MessageArchive(db.jdbi());

    @AfterEach
    void close() {
        db.close();
    }

    private static RawMessage raw(String text) {
        return new RawMessage(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void storesTheExactBytesWithHashAndMessageId() {
        Archived stored = archive.archive(raw(MAIL));
        assertThat(stored.state()).isEqualTo(Archived.State.RECEIVED);
        assertThat(stored.messageId()).hasValue("a1@example.com");
        assertThat(archive.findByKey(stored.key())).hasValueSatisfying(a -> {
            assertThat(a.raw()).isEqualTo(MAIL.getBytes(StandardCharsets.UTF_8));
            assertThat(a.sha256()).hasSize(64).isEqualTo(stored.sha256());
        });
    }

    @Test
    void sameBytesTwiceAreStoredOnce() {
        Archived first = archive.archive(raw(MAIL));
        Archived second = archive.archive(raw(MAIL));
        assertThat(second.key()).isEqualTo(first.key());
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void otherBytesWithAStoredMessageIdAreKeptAsDuplicate() {
        archive.archive(raw(MAIL));
        Archived other = archive.archive(raw(MAIL.replace("Hej", "Hej igen")));
        assertThat(other.state()).isEqualTo(Archived.State.DUPLICATE);
        assertThat(other.isDone()).isTrue();
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void mailWithoutMessageIdIsKeyedByItsHash() {
        Archived first = archive.archive(raw("From: x@example.com\r\n\r\nA\r\n"));
        Archived second = archive.archive(raw("From: x@example.com\r\n\r\nB\r\n"));
        assertThat(first.messageId()).isEmpty();
        assertThat(second.state()).isEqualTo(Archived.State.RECEIVED);
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void quarantinedMailKeepsItsBytesAndReason() {
        Archived stored = archive.archive(raw(MAIL));
        new Quarantine(archive).record(stored.key(), new MessageRejected(Reason.NO_SENDER, "From header missing"));
        assertThat(archive.findByKey(stored.key())).hasValueSatisfying(a -> {
            assertThat(a.state()).isEqualTo(Archived.State.QUARANTINED);
            assertThat(a.raw()).isEqualTo(MAIL.getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void releasedMailIsReceivedAgainWithItsBytes() {
        Archived stored = archive.archive(raw(MAIL));
        archive.quarantine(stored.key(), "UNEXPECTED_ERROR", "IllegalStateException: template broken");

        assertThat(archive.release(stored.key())).hasValueSatisfying(a -> {
            assertThat(a.state()).isEqualTo(Archived.State.RECEIVED);
            assertThat(a.raw()).isEqualTo(MAIL.getBytes(StandardCharsets.UTF_8));
        });
        assertThat(archive.release(stored.key())).isEmpty();
    }

    @Test
    void onlyMailInQuarantineIsReleased() {
        Archived stored = archive.archive(raw(MAIL));
        archive.ignore(stored.key(), "AUTO_REPLY", "Auto-Submitted: auto-replied");

        assertThat(archive.release(stored.key())).isEmpty();
        assertThat(archive.release(404)).isEmpty();
        assertThat(archive.findByKey(stored.key())).hasValueSatisfying(a ->
                assertThat(a.state()).isEqualTo(Archived.State.IGNORED));
    }

    private int rows() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM message").mapTo(Integer.class).one());
    }
}
