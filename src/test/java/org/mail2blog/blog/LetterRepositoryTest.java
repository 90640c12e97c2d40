package org.mail2blog.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestLetters;

class LetterRepositoryTest {
    private final Database db = TestDatabase.open();
    private final LetterRepository letters = new LetterRepository(db.jdbi());
    private final TestLetters testLetters = new TestLetters(db);
    private final Conversation conversation = new ConversationRepository(db.jdbi())
            .create(new NewConversation("kompost", "Kompost", "Intro", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    private void place(long letterId, int position) {
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE letter SET position = :p WHERE id = :id")
                .bind("p", position).bind("id", letterId).execute());
    }

    private void setState(long letterId, String state) {
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE letter SET state = :s WHERE id = :id")
                .bind("s", state).bind("id", letterId).execute());
    }

    @Test
    void lettersWithoutPositionsAreInTheOrderTheyWereWritten() {
        long later = testLetters.published(conversation.id(), "Åsa", "2011-07-13T10:00:00+02:00", "Andra");
        long earlier = testLetters.published(conversation.id(), "Nils", "2011-07-12T10:00:00+02:00", "Första");
        assertThat(letters.listPublished(conversation.id())).extracting(PublishedLetter::id).containsExactly(earlier, later);
    }

    @Test
    void positionsComeFirstThenTheRestByDate() {
        long a = testLetters.published(conversation.id(), "Åsa", "2011-07-12T10:00:00+02:00", "A");
        long b = testLetters.published(conversation.id(), "Nils", "2011-07-13T10:00:00+02:00", "B");
        long c = testLetters.published(conversation.id(), "Örjan", "2011-07-14T10:00:00+02:00", "C");
        long d = testLetters.published(conversation.id(), "Lena", "2011-07-11T10:00:00+02:00", "D, published after the reorder");
        place(c, 1);
        place(a, 2);
        place(b, 3);
        assertThat(letters.listPublished(conversation.id())).extracting(PublishedLetter::id).containsExactly(c, a, b, d);
    }

    @Test
    void adminListShowsRemovedInPlaceAndPendingLast() {
        long pending = testLetters.pending(conversation.id(), "Greta", "2011-07-10T10:00:00+02:00", "Väntar");
        long a = testLetters.published(conversation.id(), "Åsa", "2011-07-12T10:00:00+02:00", "A");
        long removed = testLetters.published(conversation.id(), "Nils", "2011-07-13T10:00:00+02:00", "B");
        long rejected = testLetters.published(conversation.id(), "Olle", "2011-07-14T10:00:00+02:00", "C");
        setState(removed, "removed");
        setState(rejected, "rejected");

        assertThat(letters.listForAdmin(conversation.id()))
                .extracting(ConversationLetter::id, ConversationLetter::state)
                .containsExactly(tuple(a, ConversationLetter.State.PUBLISHED),
                        tuple(removed, ConversationLetter.State.REMOVED),
                        tuple(pending, ConversationLetter.State.PENDING));
        assertThat(letters.listPublished(conversation.id())).extracting(PublishedLetter::id).containsExactly(a);
    }
}
