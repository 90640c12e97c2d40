package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.audit.AuditEntry;
import org.mail2blog.sender.Senders;
import org.mail2blog.sender.SenderStatus;
import org.mail2blog.sender.SenderDecision;
import org.mail2blog.sender.SenderDecisions;

/** Forgetting a trust or a ban: the address is ordinary again, in one audited transaction. */
class SenderDecisionsTest {
    private static final String ASA = "asa.oberg@example.com";
    private final DeskFixture desk = new DeskFixture();
    private final SenderDecisions senders = new SenderDecisions(desk.db.jdbi(), new Senders(),
            new AuditLog(desk.db.jdbi()));

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void listsWhatTheAdminsDecided() {
        desk.decisions.approve(desk.matched("Åsa Öberg", ASA, "Hej!"), true, "redaktor");
        desk.decisions.spam(desk.matched("Vinst", "vinst@lotteri.example.com", "Du har vunnit!"), "redaktor");

        assertThat(senders.list(10)).extracting(SenderDecision::address, SenderDecision::status)
                .containsExactlyInAnyOrder(tuple(ASA, SenderStatus.TRUSTED),
                        tuple("vinst@lotteri.example.com", SenderStatus.BANNED));
        assertThat(senders.count()).isEqualTo(2);
    }

    @Test
    void forgettingATrustMakesTheSenderOrdinaryAndIsAuditedAsUntrust() {
        desk.decisions.approve(desk.matched("Åsa Öberg", ASA, "Hej!"), true, "redaktor");

        assertThat(senders.forget("Asa.Oberg@Example.com", "nils")).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(SenderStatus.TRUSTED);
            assertThat(d.decidedBy()).isEqualTo("redaktor");
        });
        assertThat(desk.status(ASA)).isEqualTo(SenderStatus.ORDINARY);
        assertThat(desk.audit().get(0)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo("nils");
            assertThat(e.action()).isEqualTo("untrust");
            assertThat(e.target()).isEqualTo("sender " + ASA);
            assertThat(e.detail()).contains("was trusted by redaktor");
        });
    }

    @Test
    void forgettingABanLetsTheNextLetterWaitInTheQueue() {
        String address = "vinst@lotteri.example.com";
        desk.decisions.spam(desk.matched("Vinst", address, "Du har vunnit!"), "redaktor");
        long second = desk.matched("Vinst", address, "Du har vunnit igen!");
        assertThat(desk.column(second, "state")).isEqualTo("spam");

        assertThat(senders.forget(address, "redaktor")).isPresent();
        assertThat(desk.audit().get(0).action()).isEqualTo("unban");
        long third = desk.matched("Vinst", address, "Förlåt, fel adress.");
        assertThat(desk.column(third, "state")).isEqualTo("pending");
        assertThat(desk.column(second, "state")).as("a letter already set aside stays so").isEqualTo("spam");
    }

    @Test
    void anAddressNobodyDecidedAboutHasNothingToForget() {
        desk.decisions.approve(desk.matched("Åsa Öberg", ASA, "Hej!"), true, "redaktor");
        int entries = desk.audit().size();

        assertThat(senders.forget("bo@example.com", "redaktor")).isEmpty();
        assertThat(senders.forget("  ", "redaktor")).isEmpty();
        assertThat(desk.audit()).hasSize(entries);
        assertThat(desk.status(ASA)).isEqualTo(SenderStatus.TRUSTED);
    }

    @Test
    void forgettingTwiceForgetsOnce() {
        desk.decisions.approve(desk.matched("Åsa Öberg", ASA, "Hej!"), true, "redaktor");

        assertThat(senders.forget(ASA, "redaktor")).isPresent();
        assertThat(senders.forget(ASA, "nils")).isEmpty();
        assertThat(desk.audit()).extracting(AuditEntry::action).containsExactly("untrust", "approve-and-trust");
    }

    @Test
    void aVeryLongAddressIsNamedInFullInTheDetail() {
        String address = "a".repeat(250) + "@example.com";
        desk.db.jdbi().useTransaction(h -> new Senders().set(h, address, SenderStatus.BANNED, "redaktor"));

        assertThat(senders.forget(address, "redaktor")).isPresent();
        assertThat(desk.audit().get(0).target()).hasSize(200).startsWith("sender aaa");
        assertThat(desk.audit().get(0).detail()).contains(address);
    }
}
