package org.mail2blog.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.testing.TestDatabase;

class DatabaseStampTest {
    private final Database db = TestDatabase.open();
    private final AtomicLong nanos = new AtomicLong();
    private final DatabaseStamp stamp = new DatabaseStamp(db.jdbi(), Duration.ofSeconds(1), nanos::get);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void movesWhenAnotherWriterBumpsItOnceTheIntervalHasPassed() {
        String before = stamp.current();

        DatabaseStamp.bump(db.jdbi());
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(stamp.current()).isNotEqualTo(before);
    }

    @Test
    void isReadAtMostOncePerInterval() {
        String before = stamp.current();

        DatabaseStamp.bump(db.jdbi());
        nanos.addAndGet(Duration.ofMillis(500).toNanos());

        assertThat(stamp.current()).isEqualTo(before);
    }

    @Test
    void neverRepeatsAValueWhileTheDatabaseCannotBeRead() {
        stamp.current();
        db.close();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        String first = stamp.current();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(stamp.current()).startsWith("unreadable-").isNotEqualTo(first);
    }
}
