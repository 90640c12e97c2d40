package org.mail2blog.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.testing.ParsedMessages;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestQueues;
import org.mail2blog.trim.Trimmed;

class ThreadMatcherTest {
    private final Database db = TestDatabase.open();
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final ReplyAddress replyAddress = new ReplyAddress("blog@example.com");
    private final ThreadMatcher matcher = new ThreadMatcher(replyAddress, conversations, db.jdbi(),
            new SubjectGuess(db.jdbi(), Duration.ofDays(30)));
    private final Conversation conversation = conversations.create(
            new NewConversation("t", "Title", "Intro", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void replyAddressNamesTheConversation() {
        String to = replyAddress.forToken(conversation.replyToken());
        assertThat(matcher.match(ParsedMessages.from("Åsa", "asa@example.com", to, "Hej")))
                .isEqualTo(Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
    }

    @Test
    void guessedTokenMatchesNothing() {
        assertThat(matcher.match(ParsedMessages.from("Åsa", "asa@example.com", replyAddress.forToken("guess"), "Hej")))
                .isEqualTo(Match.NONE);
    }

    @Test
    void referenceToAStoredLetterNamesItsConversation() {
        ParsedMessage earlier = ParsedMessages.from("Åsa", "asa@example.com",
                replyAddress.forToken(conversation.replyToken()), "Hej");
        long key = new MessageArchive(db.jdbi()).archive(new RawMessage("x".getBytes(StandardCharsets.UTF_8))).key();
        TestQueues.moderationQueue(db).enqueue(key, earlier, Trimmed.untouched("Hej"),
                Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));

        assertThat(matcher.match(ParsedMessages.replyTo(earlier.messageId().orElseThrow(), "karin@example.com")))
                .isEqualTo(Match.of(conversation.id(), MatchedBy.REFERENCES));
    }

    @Test
    void mailToThePlainBlogAddressWithoutReferencesIsUnmatched() {
        assertThat(matcher.match(ParsedMessages.from("Åsa", "asa@example.com", "blog@example.com", "Hej")))
                .isEqualTo(Match.NONE);
    }

    @Nested
    class WhenOnlyTheSubjectSaysSomething {
        private ParsedMessage withSubject(String subject) {
            ParsedMessage mail = ParsedMessages.from("Åsa", "asa@example.com", "blog@example.com", "Hej");
            return new ParsedMessage(mail.messageId(), mail.inReplyTo(), mail.references(), subject, mail.fromName(),
                    mail.fromAddress(), mail.recipients(), mail.date(), mail.text(), mail.warnings());
        }

        @Test
        void subjectNamingARecentConversationIsAGuess() {
            assertThat(matcher.match(withSubject("SV: [Blog] Re:  title")))
                    .isEqualTo(Match.of(conversation.id(), MatchedBy.SUBJECT_GUESS));
        }

        @Test
        void titleTwoConversationsShareIsNotGuessed() {
            conversations.create(new NewConversation("t-2", "Title", "Intro", "", List.of(), true));
            assertThat(matcher.match(withSubject("Sv: Title"))).isEqualTo(Match.NONE);
        }

        @Test
        void draftIsNeverGuessed() {
            Conversation draft = conversations.create(new NewConversation("u", "Utkast", "Intro", "", List.of(), false));
            assertThat(matcher.match(withSubject("Sv: Utkast"))).isEqualTo(Match.NONE);
            assertThat(draft.isPublished()).isFalse();
        }

        @Test
        void conversationQuietForLongerThanTheWindowIsNotGuessed() {
            db.jdbi().useHandle(h -> h.createUpdate("UPDATE conversation SET published_at = :old")
                    .bind("old", OffsetDateTime.now().minusDays(31)).execute());
            assertThat(matcher.match(withSubject("Sv: Title"))).isEqualTo(Match.NONE);
        }

        @Test
        void recentLetterKeepsAnOldConversationActive() {
            db.jdbi().useHandle(h -> h.createUpdate("UPDATE conversation SET published_at = :old")
                    .bind("old", OffsetDateTime.now().minusDays(90)).execute());
            long key = new MessageArchive(db.jdbi()).archive(new RawMessage("y".getBytes(StandardCharsets.UTF_8))).key();
            TestQueues.moderationQueue(db).enqueue(key, withSubject("Sv: Title"), Trimmed.untouched("Hej"),
                    Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
            assertThat(matcher.match(withSubject("Sv: Title")).by()).isEqualTo(MatchedBy.SUBJECT_GUESS);
        }

        @Test
        void zeroWindowTurnsGuessingOff() {
            ThreadMatcher off = new ThreadMatcher(replyAddress, conversations, db.jdbi(),
                    new SubjectGuess(db.jdbi(), Duration.ZERO));
            assertThat(off.match(withSubject("Sv: Title"))).isEqualTo(Match.NONE);
        }

        @Test
        void replyAddressWinsOverTheSubject() {
            Conversation other = conversations.create(new NewConversation("o", "Other", "Intro", "", List.of(), true));
            ParsedMessage mail = ParsedMessages.from("Åsa", "asa@example.com",
                    replyAddress.forToken(other.replyToken()), "Hej");
            ParsedMessage titled = new ParsedMessage(mail.messageId(), mail.inReplyTo(), mail.references(),
                    "Sv: Title", mail.fromName(), mail.fromAddress(), mail.recipients(), mail.date(), mail.text(),
                    mail.warnings());
            assertThat(matcher.match(titled)).isEqualTo(Match.of(other.id(), MatchedBy.REPLY_ADDRESS));
        }
    }
}
