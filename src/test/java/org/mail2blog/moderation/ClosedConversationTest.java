package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.testing.OutboxMails;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestLetters;

/** Mail for a conversation closed to new letters is queued as usual, flagged, and its writer is told. */
class ClosedConversationTest {
    private final Database db = TestDatabase.open();
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final TestLetters letters = new TestLetters(db);
    private final Conversation kompost = conversations.create(
            new NewConversation("kompost", "Kompost på gården", "Intro", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    private void setClosed(boolean closed) {
        db.jdbi().useTransaction(h -> conversations.setClosed(h, kompost.id(), closed));
    }

    private QueueItem queued(String name) {
        long id = letters.pending(kompost.id(), name, "2011-07-12T09:00:00+02:00", "Hej! Får jag skriva ändå?");
        return letters.queue().findPending(id).orElseThrow();
    }

    @Test
    void letterToAClosedConversationIsQueuedFlagged() {
        setClosed(true);
        assertThat(queued("Åsa").isConversationClosed()).isTrue();
    }

    @Test
    void letterToAnOpenConversationIsNotFlagged() {
        assertThat(queued("Åsa").isConversationClosed()).isFalse();
    }

    @Test
    void reopeningTakesTheFlagAway() {
        setClosed(true);
        long id = queued("Åsa").id();
        setClosed(false);
        assertThat(letters.queue().findPending(id).orElseThrow().isConversationClosed()).isFalse();
    }

    @Test
    void acknowledgementSaysTheConversationIsClosed() {
        setClosed(true);
        queued("Åsa");
        MimeMessage ack = OutboxMails.of(db, "acknowledgement", "asa@example.com").get(0);
        assertThat(OutboxMails.text(ack)).contains("Samtalet är stängt för nya brev")
                .doesNotContain("väntar nu på granskning").doesNotContain("Vill du skriva mer").contains("/withdraw/");
    }

    @Test
    void acknowledgementOfAnOpenConversationInvitesMore() {
        queued("Åsa");
        MimeMessage ack = OutboxMails.of(db, "acknowledgement", "asa@example.com").get(0);
        assertThat(OutboxMails.text(ack)).doesNotContain("stängt");
    }
}
