package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.testing.ParsedMessages;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestQueues;
import org.mail2blog.thread.Match;
import org.mail2blog.thread.MatchedBy;
import org.mail2blog.trim.Trimmed;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.audit.AuditEntry;

class UnmatchedInboxTest {
    private final Database db = TestDatabase.open();
    private final ModerationQueue queue = TestQueues.moderationQueue(db);
    private final UnmatchedInbox inbox = new UnmatchedInbox(db.jdbi(), new ConversationRepository(db.jdbi()),
            "Utan rubrik");
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

    @Test
    void attachingAndMovingAreAudited() {
        long id = unmatched("four");
        new ConversationRepository(db.jdbi()).create(new NewConversation("annat", "Annat", "", "", List.of(), true));
        inbox.attach(id, "t", "redaktor");
        inbox.attach(id, "annat", "api");
        assertThat(new AuditLog(db.jdbi()).newest(10)).extracting(AuditEntry::actor, AuditEntry::action,
                AuditEntry::target, AuditEntry::detail).containsExactly(
                tuple("api", "move", "letter " + id, "from t to annat"),
                tuple("redaktor", "attach", "letter " + id, "to t"));
        assertThat(queue.findPending(id)).hasValueSatisfying(item -> assertThat(item.conversationSlug())
                .hasValue("annat"));
    }

    @Test
    void aLetterStartsADraftConversationTitledFromItsSubject() {
        long id = withSubject("five", "SV: Fwd: Kompost i stan");
        StartedFromLetter started = inbox.startConversation(id, "redaktor");
        assertThat(started.outcome()).isEqualTo(AttachOutcome.DONE);
        Conversation draft = started.conversation().orElseThrow();
        assertThat(draft.title()).isEqualTo("Kompost i stan");
        assertThat(draft.slug()).isEqualTo("kompost-i-stan");
        assertThat(draft.isPublished()).isFalse();
        assertThat(queue.findPending(id)).hasValueSatisfying(item -> {
            assertThat(item.conversationSlug()).hasValue("kompost-i-stan");
            assertThat(item.matchedBy()).isEqualTo(MatchedBy.ADMIN);
        });
        assertThat(queue.decide(id, Decision.APPROVE, "redaktor")).isEqualTo(Outcome.DONE);
        assertThat(new AuditLog(db.jdbi()).newest(10)).extracting(AuditEntry::action)
                .containsExactly("approve", "start-conversation");
    }

    @Test
    void aLetterWithoutASubjectStartsAnUntitledConversationWithAFreeSlug() {
        long first = withSubject("six", "Re:");
        long second = withSubject("seven", "");
        assertThat(inbox.startConversation(first, "redaktor").conversation().orElseThrow().title())
                .isEqualTo("Utan rubrik");
        assertThat(inbox.startConversation(second, "redaktor").conversation().orElseThrow().slug())
                .isEqualTo("utan-rubrik-2");
    }

    @Test
    void aDecidedLetterStartsNothing() {
        long id = withSubject("eight", "Kompost");
        queue.decide(id, Decision.REJECT, "redaktor");
        int before = new ConversationRepository(db.jdbi()).count();
        assertThat(inbox.startConversation(id, "redaktor").outcome()).isEqualTo(AttachOutcome.ALREADY_DECIDED);
        assertThat(inbox.startConversation(id + 100, "redaktor").outcome()).isEqualTo(AttachOutcome.NO_LETTER);
        assertThat(new ConversationRepository(db.jdbi()).count()).isEqualTo(before);
    }

    private long withSubject(String raw, String subject) {
        long key = new MessageArchive(db.jdbi()).archive(new RawMessage(raw.getBytes(StandardCharsets.UTF_8))).key();
        ParsedMessage mail = new ParsedMessage(Optional.of(raw + "@example.com"), Optional.empty(), List.of(), subject,
                "Åsa", "asa@example.com", List.of("blog@example.com"), Optional.empty(), "Hej", List.of());
        return queue.enqueue(key, mail, Trimmed.untouched("Hej"), Match.NONE);
    }
}
