package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.audit.AuditEntry;
import org.mail2blog.sender.Senders;
import org.mail2blog.sender.SenderStatus;
import org.mail2blog.sender.SenderDecisions;
import org.mail2blog.sender.SenderHistory;

/** The spam list and "not spam": back in the queue as pending, audited, the ban left alone. */
class SpamLettersTest {
    private static final String VINST = "vinst@lotteri.example.com";
    private final DeskFixture desk = new DeskFixture();
    private final SpamLetters spam = new SpamLetters(desk.db.jdbi(), new Senders(), new AuditLog(desk.db.jdbi()));

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void listsSpamNewestFirstWithWhoSetItAside() {
        long byAdmin = desk.matched("Vinst Kontoret", VINST, "Grattis!\nDu har vunnit en bil.");
        desk.decisions.spam(byAdmin, "redaktor");
        long byBan = desk.unmatched("Vinst Kontoret", "Vinst@Lotteri.example.com", "Sista chansen");
        long pending = desk.matched("Åsa Öberg", "asa.oberg@example.com", "Hej!");

        assertThat(spam.list(10)).extracting(SpamLetter::id).containsExactly(byBan, byAdmin).doesNotContain(pending);
        assertThat(spam.count()).isEqualTo(2);
        SpamLetter newest = spam.list(10).get(0);
        assertThat(newest.setAsideBy()).isEqualTo("ban");
        assertThat(newest.subject()).isEqualTo("Sista chansen");
        assertThat(newest.conversationTitle()).isEmpty();
        assertThat(newest.isSenderBanned()).as("compared without regard to case").isTrue();
        SpamLetter older = spam.list(10).get(1);
        assertThat(older.setAsideBy()).isEqualTo("redaktor");
        assertThat(older.conversationTitle()).contains("Kompost på gården");
        assertThat(older.body()).isEqualTo("Grattis!\nDu har vunnit en bil.");
        assertThat(older.messageKey()).isEqualTo(Long.parseLong(desk.column(byAdmin, "message_key")));
        assertThat(spam.list(1)).hasSize(1);
    }

    @Test
    void notSpamPutsTheLetterBackInTheQueueAndKeepsTheBan() {
        long id = desk.matched("Vinst Kontoret", VINST, "Hej granne, jag har en kompostkvarn över.");
        desk.decisions.spam(id, "redaktor");

        assertThat(spam.release(id, "nils")).isEqualTo(SpamLetters.Release.DONE);
        assertThat(desk.column(id, "state")).isEqualTo("pending");
        assertThat(desk.column(id, "decided_by")).isNull();
        assertThat(desk.queue.findPending(id)).isPresent();
        assertThat(desk.status(VINST)).isEqualTo(SenderStatus.BANNED);
        assertThat(desk.audit().get(0)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo("nils");
            assertThat(e.action()).isEqualTo("not-spam");
            assertThat(e.target()).isEqualTo("letter " + id);
            assertThat(e.detail()).contains("set aside by redaktor").contains(VINST + " is still banned");
        });
        assertThat(spam.list(10)).isEmpty();
    }

    @Test
    void aLetterBackFromSpamCanBeApprovedAndCountsAsPublished() {
        long id = desk.matched("Vinst Kontoret", VINST, "Hej granne!");
        desk.decisions.spam(id, "redaktor");
        spam.release(id, "redaktor");

        assertThat(desk.decisions.approve(id, false, "redaktor")).isEqualTo(Outcome.DONE);
        assertThat(desk.published()).hasSize(1);
        assertThat(new SenderHistory(desk.db.jdbi()).of(VINST)).isEqualTo(new SenderHistory.Counts(1, 0, 0));
    }

    @Test
    void aLetterThatIsNotSpamIsLeftAsItIs() {
        long pending = desk.matched("Åsa Öberg", "asa.oberg@example.com", "Hej!");
        long published = desk.matched("Åsa Öberg", "asa.oberg@example.com", "Hej igen!");
        desk.decisions.approve(published, false, "redaktor");
        int entries = desk.audit().size();

        assertThat(spam.release(pending, "redaktor")).isEqualTo(SpamLetters.Release.NOT_SPAM);
        assertThat(spam.release(published, "redaktor")).isEqualTo(SpamLetters.Release.NOT_SPAM);
        assertThat(spam.release(published + 100, "redaktor")).isEqualTo(SpamLetters.Release.NOT_FOUND);
        assertThat(desk.column(published, "state")).isEqualTo("published");
        assertThat(desk.column(published, "decided_by")).isEqualTo("redaktor");
        assertThat(desk.audit()).hasSize(entries);
    }

    @Test
    void notSpamTwiceReleasesOnce() {
        long id = desk.matched("Vinst Kontoret", VINST, "Hej!");
        desk.decisions.spam(id, "redaktor");

        assertThat(spam.release(id, "redaktor")).isEqualTo(SpamLetters.Release.DONE);
        assertThat(spam.release(id, "nils")).isEqualTo(SpamLetters.Release.NOT_SPAM);
        assertThat(desk.audit()).extracting(AuditEntry::action).containsExactly("not-spam", "spam-and-ban");
    }

    @Test
    void theDetailSaysNothingOfABanThatWasForgotten() {
        long id = desk.matched("Vinst Kontoret", VINST, "Hej!");
        desk.decisions.spam(id, "redaktor");
        new SenderDecisions(desk.db.jdbi(), new Senders(), new AuditLog(desk.db.jdbi())).forget(VINST, "redaktor");
        assertThat(spam.list(10)).singleElement().satisfies(l -> assertThat(l.isSenderBanned()).isFalse());

        spam.release(id, "redaktor");
        assertThat(desk.audit().get(0).detail()).isEqualTo("back in the queue (set aside by redaktor)");
    }
}
