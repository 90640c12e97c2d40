package org.mail2blog.sender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.sender.Senders;
import org.mail2blog.sender.SenderStatus;
import org.mail2blog.sender.SenderDecision;

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

    @Test
    void listsTheDecisionsNewestFirstWithWhoAndWhen() {
        db.jdbi().useTransaction(h -> senders.set(h, "Anna@Example.com", SenderStatus.TRUSTED, "redaktor"));
        db.jdbi().useTransaction(h -> senders.set(h, "olle@example.com", SenderStatus.BANNED, "api"));
        db.jdbi().useTransaction(h -> senders.set(h, "bo@example.com", SenderStatus.ORDINARY, "redaktor"));

        List<SenderDecision> decisions = db.jdbi().withHandle(h -> senders.list(h, 10));
        assertThat(decisions).extracting(SenderDecision::address, SenderDecision::status, SenderDecision::decidedBy)
                .containsExactly(tuple("olle@example.com", SenderStatus.BANNED, "api"),
                        tuple("anna@example.com", SenderStatus.TRUSTED, "redaktor"));
        assertThat(decisions.get(0).decidedAt()).isAfterOrEqualTo(decisions.get(1).decidedAt());
        List<SenderDecision> newest = db.jdbi().withHandle(h -> senders.list(h, 1));
        assertThat(newest).hasSize(1);
        int count = db.jdbi().withHandle(senders::count);
        assertThat(count).isEqualTo(2);
    }

    @Test
    void findsTheDecisionAboutAnAddressWhateverItsCase() {
        db.jdbi().useTransaction(h -> senders.set(h, "anna@example.com", SenderStatus.BANNED, "redaktor"));

        Optional<SenderDecision> anna = db.jdbi().withHandle(h -> senders.findDecision(h, " ANNA@example.com"));
        assertThat(anna).hasValueSatisfying(d -> assertThat(d.status()).isEqualTo(SenderStatus.BANNED));
        Optional<SenderDecision> bo = db.jdbi().withHandle(h -> senders.findDecision(h, "bo@example.com"));
        assertThat(bo).isEmpty();
    }
}
