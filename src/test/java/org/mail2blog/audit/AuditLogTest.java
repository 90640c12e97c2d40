package org.mail2blog.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.audit.AuditEntry;

class AuditLogTest {
    private final Database db = TestDatabase.open();
    private final AuditLog log = new AuditLog(db.jdbi());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listsEntriesNewestFirst() {
        db.jdbi().useTransaction(h -> log.record(h, "admin", "approve", "letter 1", ""));
        db.jdbi().useTransaction(h -> log.record(h, "api", "reject", "letter 2", "off topic"));
        List<AuditEntry> entries = log.newest(10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("reject", "approve");
        assertThat(entries.get(0)).extracting(AuditEntry::actor, AuditEntry::target, AuditEntry::detail)
                .containsExactly("api", "letter 2", "off topic");
    }

    @Test
    void anEntryIsGoneWhenItsTransactionRollsBack() {
        try {
            db.jdbi().useTransaction(h -> {
                log.record(h, "admin", "approve", "letter 1", "");
                throw new IllegalStateException("the decision failed");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("the decision failed");
        }
        assertThat(log.newest(10)).isEmpty();
    }

    @Test
    void cutsAnOverLongDetailToFit() {
        db.jdbi().useTransaction(h -> log.record(h, "admin", "reject", "letter 3", "x".repeat(5000)));
        assertThat(log.newest(1).get(0).detail()).hasSize(2000);
    }
}
