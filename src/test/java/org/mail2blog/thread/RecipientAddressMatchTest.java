package org.mail2blog.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.blog.RecipientTokens;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.testing.ParsedMessages;
import org.mail2blog.testing.TestDatabase;

/** Replies to a per-recipient reply address: matched for its recipient, flagged for anyone else. */
class RecipientAddressMatchTest {
    private final Database db = TestDatabase.open();
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final ReplyAddress replyAddress = new ReplyAddress("blog@example.com");
    private final ThreadMatcher matcher = new ThreadMatcher(replyAddress, conversations, db.jdbi(),
            new SubjectGuess(db.jdbi(), java.time.Duration.ofDays(30)));
    private final Conversation conversation = conversations.create(
            new NewConversation("t", "Title", "Intro", "", List.of(), true));
    private final String gretasAddress = replyAddress.forToken(db.jdbi().inTransaction(h ->
            new RecipientTokens(db.jdbi()).tokenFor(h, conversation.id(), "greta.holm@example.com")));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void replyFromTheBoundRecipientMatchesByRecipientAddress() {
        Match match = matcher.match(ParsedMessages.from("Greta", "greta.holm@example.com", gretasAddress, "Hej"));
        assertThat(match).isEqualTo(Match.of(conversation.id(), MatchedBy.RECIPIENT_ADDRESS));
        assertThat(match.isSenderMismatch()).isFalse();
    }

    @Test
    void replyFromAnotherAddressIsFlaggedAsMismatch() {
        Match match = matcher.match(ParsedMessages.from("Greta", "someone.else@example.com", gretasAddress, "Hej"));
        assertThat(match.conversationId()).hasValue(conversation.id());
        assertThat(match.by()).isEqualTo(MatchedBy.RECIPIENT_ADDRESS);
        assertThat(match.isSenderMismatch()).isTrue();
    }

    @Test
    void conversationTokenStillWinsOverRecipientTokens() {
        String both = replyAddress.forToken(conversation.replyToken());
        assertThat(matcher.match(ParsedMessages.from("Bo", "bo.sand@example.com", both, "Hej")))
                .isEqualTo(Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
    }
}
