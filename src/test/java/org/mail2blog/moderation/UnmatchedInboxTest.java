package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.testing.ParsedMessages;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestQueues;
import org.mail2blog.thread.Match;
import org.mail2blog.thread.MatchedBy;
import org.mail2blog.trim.Trimmed;

class UnmatchedInboxTest {
    private final Database db = TestDatabase.open();
    private final ModerationQueue queue = TestQueues.moderationQueue(db);
    private final UnmatchedInbox inbox = new UnmatchedInbox(db.jdbi());
    private final Conversation conversation = new ConversationRepository(db.jdbi())
            .create(new NewConversation("t", "Title", "Intro", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    private long unmatched(String raw) {
        long key = new MessageArchive(db.jdbi()).archive(new RawMessage(raw.getBytes(StandardCharsets.UTF_8))).key();
        return queue.enqueue(key, ParsedMessages.from("Åsa", "asa@example.com", "blog@example.com", "Hej"),
                Trimmed.untouched("Hej"), Match.NONE);
    }

    @Test
    void attachedLetterCanBeApproved() {
        long id = unmatched("one");
        assertThat(queue.decide(id, Decision.APPROVE, "admin")).isEqualTo(Outcome.UNMATCHED);

        assertThat(inbox.attach(id, "t", "admin")).isEqualTo(AttachOutcome.DONE);
        assertThat(queue.findPending(id)).hasValueSatisfying(item -> {
            assertThat(item.conversationSlug()).hasValue("t");
            assertThat(item.matchedBy()).isEqualTo(MatchedBy.ADMIN);
        });
        assertThat(queue.decide(id, Decision.APPROVE, "admin")).isEqualTo(Outcome.DONE);
        assertThat(new LetterRepository(db.jdbi()).listPublished(conversation.id())).hasSize(1);
    }

    @Test
    void unknownConversationOrLetterChangesNothing() {
        long id = unmatched("two");
        assertThat(inbox.attach(id, "finns-inte", "admin")).isEqualTo(AttachOutcome.NO_CONVERSATION);
        assertThat(inbox.attach(id + 100, "t", "admin")).isEqualTo(AttachOutcome.NO_LETTER);
        assertThat(queue.findPending(id)).hasValueSatisfying(item -> assertThat(item.isMatched()).isFalse());
    }

    @Test
    void decidedLetterCannotBeMoved() {
        long id = unmatched("three");
        queue.decide(id, Decision.REJECT, "admin");
        assertThat(inbox.attach(id, "t", "admin")).isEqualTo(AttachOutcome.ALREADY_DECIDED);
    }
}
