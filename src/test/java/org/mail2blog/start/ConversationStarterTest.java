package org.mail2blog.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.PublishedLetter;
import org.mail2blog.exchange.ExchangeExtractor;
import org.mail2blog.ingest.Archived;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.mime.MimeParser;
import org.mail2blog.moderation.EmbeddedLetters;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestQueues;

class ConversationStarterTest {
    private final Database db = TestDatabase.open();
    private final MessageArchive archive = new MessageArchive(db.jdbi());
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final LetterRepository letters = new LetterRepository(db.jdbi());
    private final ConversationStarter starter = new ConversationStarter(db.jdbi(), conversations,
            new EmbeddedLetters("Anonym"), new ExchangeExtractor(ZoneId.of("Europe/Stockholm")));

    @AfterEach
    void close() {
        db.close();
    }

    private Started start(String fixture) throws Exception {
        Archived stored = archive.archive(new RawMessage(Mails.fixture(fixture, TestQueues.BLOG)));
        return starter.start(stored.key(), new MimeParser().parse(stored.raw()), stored.raw()).orElseThrow();
    }

    @Test
    void plainMailBecomesAnUnpublishedConversation() throws Exception {
        Started started = start("e2e/admin-starts-conversation.eml");
        Conversation c = conversations.findById(started.conversationId()).orElseThrow();
        assertThat(c.title()).isEqualTo("Cykelförrådet på gården – vems är cyklarna?");
        assertThat(c.slug()).isEqualTo("cykelforradet-pa-garden-vems-ar-cyklarna");
        assertThat(c.intro()).startsWith("I förrådet på gården står tjugo cyklar")
                .endsWith("hur\nni har gjort i er förening.").doesNotContain("Skickat från min telefon");
        assertThat(c.isPublished()).isFalse();
        assertThat(c.labels()).isEmpty();
        assertThat(c.outro()).isEmpty();
        assertThat(started.letters()).isZero();
    }

    @Test
    void mailIsMarkedReadAndNotQueued() throws Exception {
        Started started = start("e2e/admin-starts-conversation.eml");
        assertThat(archive.findByKey(1)).hasValueSatisfying(a -> assertThat(a.state()).isEqualTo(Archived.State.READ));
        assertThat(TestQueues.moderationQueue(db).listPending()).isEmpty();
        assertThat(letters.countPublished(started.conversationId())).isZero();
    }

    @Test
    void sameStoredMailStartsNothingTwice() throws Exception {
        Archived stored = archive.archive(new RawMessage(Mails.fixture("e2e/admin-starts-conversation.eml",
                TestQueues.BLOG)));
        var mail = new MimeParser().parse(stored.raw());
        assertThat(starter.start(stored.key(), mail, stored.raw())).isPresent();
        assertThat(starter.start(stored.key(), mail, stored.raw())).isEmpty();
        assertThat(conversations.count()).isEqualTo(1);
    }

    @Test
    void sameTitleTwiceGetsANumberedSlug() throws Exception {
        start("e2e/admin-starts-conversation.eml");
        byte[] again = new String(Mails.fixture("e2e/admin-starts-conversation.eml", TestQueues.BLOG),
                java.nio.charset.StandardCharsets.UTF_8).replace("e2e-start-plain-1", "e2e-start-plain-2")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Archived stored = archive.archive(new RawMessage(again));
        Started second = starter.start(stored.key(), new MimeParser().parse(again), again).orElseThrow();
        assertThat(second.slug()).isEqualTo("cykelforradet-pa-garden-vems-ar-cyklarna-2");
    }

    @Test
    void forwardedExchangeBringsItsLettersWithTheirAuthorsOldestFirst() throws Exception {
        Started started = start("e2e/admin-forwards-exchange-gmail.eml");
        Conversation c = conversations.findById(started.conversationId()).orElseThrow();
        assertThat(c.title()).isEqualTo("Tvättstugan och bokningslistan");
        assertThat(c.intro()).startsWith("Här är brevväxlingen om tvättstugan").doesNotContain("Vidarebefordrat");
        assertThat(c.isPublished()).isFalse();

        List<PublishedLetter> published = letters.listPublished(c.id());
        assertThat(published).extracting(PublishedLetter::authorName)
                .containsExactly("Ingrid Sjöberg", "Tomas Berg", "Ingrid Sjöberg");
        assertThat(published.get(0).body()).startsWith("Hej!\n\nBokningslistan i tvättstugan").doesNotContain(">");
        assertThat(published.get(1).body()).startsWith("Hej Ingrid,").endsWith("Tomas");
        assertThat(published.get(2).body()).startsWith("Hej igen!").endsWith("Ingrid");
        assertThat(published.get(0).writtenAt().toLocalDate()).hasToString("2024-09-02");
        assertThat(started.letters()).isEqualTo(3);
    }
}
