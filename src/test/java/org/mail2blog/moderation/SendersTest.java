package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.testing.TestDatabase;

class SendersTest {
    private final Database db = TestDatabase.open();
    private final Senders senders = new Senders();

    @AfterEach
    void close() {
        db.close();
    }

    private SenderStatus status(String address) {
        return db.jdbi().withHandle(h -> senders.status(h, address));
    }

    @Test
    void anAddressNobodyDecidedAboutIsOrdinary() {
        assertThat(status("anna@example.com")).isEqualTo(SenderStatus.ORDINARY);
    }

    @Test
    void statusIsKeptPerAddressWhateverItsCase() {
        db.jdbi().useTransaction(h -> senders.set(h, "Anna@Example.COM", SenderStatus.TRUSTED, "admin"));
        assertThat(status(" anna@example.com")).isEqualTo(SenderStatus.TRUSTED);
        assertThat(status("bo@example.com")).isEqualTo(SenderStatus.ORDINARY);
    }

    @Test
    void aLaterDecisionReplacesTheEarlierOne() {
        db.jdbi().useTransaction(h -> senders.set(h, "anna@example.com", SenderStatus.TRUSTED, "admin"));
        db.jdbi().useTransaction(h -> senders.set(h, "anna@example.com", SenderStatus.BANNED, "admin"));
        assertThat(status("anna@example.com")).isEqualTo(SenderStatus.BANNED);
        db.jdbi().useTransaction(h -> senders.set(h, "anna@example.com", SenderStatus.ORDINARY, "admin"));
        assertThat(status("anna@example.com")).isEqualTo(SenderStatus.ORDINARY);
    }
}
