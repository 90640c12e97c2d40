package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.blog.PublishedLetter;
import org.mail2blog.moderation.ConversationLetters.Direction;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestLetters;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.audit.AuditEntry;

class ConversationLettersTest {
    private final Database db = TestDatabase.open();
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final LetterRepository letters = new LetterRepository(db.jdbi());
    private final TestLetters testLetters = new TestLetters(db);
    private final AuditLog audit = new AuditLog(db.jdbi());
    private final ConversationLetters arrange = new ConversationLetters(db.jdbi(), letters, audit);
    private final Conversation kompost = conversations.create(
            new NewConversation("kompost", "Kompost", "Intro", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    private long published(String name, String day) {
        return testLetters.published(kompost.id(), name, "2011-07-" + day + "T09:00:00+02:00", "Hej! Mvh " + name);
    }

    private List<Long> page() {
        return letters.listPublished(kompost.id()).stream().map(PublishedLetter::id).toList();
    }

    private String state(long id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT state FROM letter WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
    }

    @Test
    void removedLetterLeavesThePageButKeepsItsRow() {
        long asa = published("Åsa", "12");
        assertThat(arrange.remove(kompost, asa, "admin")).isEqualTo(LetterChange.DONE);
        assertThat(page()).isEmpty();
        assertThat(state(asa)).isEqualTo("removed");
        assertThat(audit.newest(1).get(0)).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::target)
                .containsExactly("admin", "remove", "letter " + asa);
    }

    @Test
    void restoredLetterIsBackInItsPlace() {
        long asa = published("Åsa", "12");
        long nils = published("Nils", "13");
        long orjan = published("Örjan", "14");
        arrange.move(kompost, orjan, Direction.UP, "admin");
        arrange.remove(kompost, orjan, "admin");
        assertThat(page()).containsExactly(asa, nils);
        assertThat(arrange.restore(kompost, orjan, "admin")).isEqualTo(LetterChange.DONE);
        assertThat(page()).containsExactly(asa, orjan, nils);
        assertThat(audit.newest(1).get(0).action()).isEqualTo("restore");
    }

    @Test
    void pendingLetterCannotBeRemoved() {
        long pending = testLetters.pending(kompost.id(), "Greta", "2011-07-12T09:00:00+02:00", "Hej");
        assertThat(arrange.remove(kompost, pending, "admin")).isEqualTo(LetterChange.NOT_ALLOWED);
        assertThat(state(pending)).isEqualTo("pending");
        assertThat(audit.newest(10)).extracting(AuditEntry::action).allSatisfy(a -> assertThat(a).isEqualTo("approve"));
    }

    @Test
    void publishedLetterCannotBeRestored() {
        long asa = published("Åsa", "12");
        assertThat(arrange.restore(kompost, asa, "admin")).isEqualTo(LetterChange.NOT_ALLOWED);
    }

    @Test
    void letterMovesUpAndDown() {
        long asa = published("Åsa", "12");
        long nils = published("Nils", "13");
        long orjan = published("Örjan", "14");
        assertThat(arrange.move(kompost, orjan, Direction.UP, "admin")).isEqualTo(LetterChange.DONE);
        assertThat(page()).containsExactly(asa, orjan, nils);
        assertThat(arrange.move(kompost, asa, Direction.DOWN, "admin")).isEqualTo(LetterChange.DONE);
        assertThat(page()).containsExactly(orjan, asa, nils);
        assertThat(audit.newest(1).get(0).detail()).contains("down to place 2");
    }

    @Test
    void firstLetterStaysFirstWhenMovedUp() {
        long asa = published("Åsa", "12");
        long nils = published("Nils", "13");
        assertThat(arrange.move(kompost, asa, Direction.UP, "admin")).isEqualTo(LetterChange.UNCHANGED);
        assertThat(page()).containsExactly(asa, nils);
        assertThat(audit.newest(10)).extracting(AuditEntry::action).allSatisfy(a -> assertThat(a).isEqualTo("approve"));
    }

    @Test
    void moveStepsOverRemovedLetters() {
        long asa = published("Åsa", "12");
        long nils = published("Nils", "13");
        long orjan = published("Örjan", "14");
        arrange.remove(kompost, nils, "admin");
        arrange.move(kompost, orjan, Direction.UP, "admin");
        assertThat(page()).containsExactly(orjan, asa);
    }

    @Test
    void letterPublishedAfterAReorderComesLast() {
        long asa = published("Åsa", "12");
        long nils = published("Nils", "13");
        arrange.move(kompost, nils, Direction.UP, "admin");
        long early = published("Lena", "01");
        assertThat(page()).containsExactly(nils, asa, early);
    }

    @Test
    void letterOfAnotherConversationIsNotFound() {
        Conversation other = conversations.create(new NewConversation("cyklar", "Cyklar", "Intro", "", List.of(), true));
        long foreign = testLetters.published(other.id(), "Åsa", "2011-07-12T09:00:00+02:00", "Hej");
        assertThat(arrange.remove(kompost, foreign, "admin")).isEqualTo(LetterChange.NOT_FOUND);
        assertThat(state(foreign)).isEqualTo("published");
    }

    @Test
    void renameSetsThePublicNameAndRecordsOldAndNew() {
        long asa = published("asa.oberg", "12");
        assertThat(arrange.rename(kompost, asa, "Åsa Öberg", "lena")).isEqualTo(LetterChange.DONE);
        assertThat(letters.listPublished(kompost.id()).get(0).authorName()).isEqualTo("Åsa Öberg");
        assertThat(audit.newest(1).get(0)).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::detail)
                .containsExactly("lena", "rename", "conversation kompost, \u201casa.oberg\u201d \u2192 \u201cÅsa Öberg\u201d");
    }

    @Test
    void blankNameIsRefusedAndNotAudited() {
        long asa = published("Åsa", "12");
        assertThat(arrange.rename(kompost, asa, "  ", "admin")).isEqualTo(LetterChange.INVALID);
        assertThat(arrange.rename(kompost, asa, "Åsa\nÖberg", "admin")).isEqualTo(LetterChange.INVALID);
        assertThat(audit.newest(10)).extracting(AuditEntry::action).allSatisfy(a -> assertThat(a).isEqualTo("approve"));
    }

    @Test
    void removedLetterCannotBeRenamed() {
        long asa = published("Åsa", "12");
        arrange.remove(kompost, asa, "admin");
        assertThat(arrange.rename(kompost, asa, "Någon annan", "admin")).isEqualTo(LetterChange.NOT_ALLOWED);
    }
}
