package org.mail2blog.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LatestLetterRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.support.Texts;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestLetters;

class FeedsTest {
    private final Database db = TestDatabase.open();
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final TestLetters letters = new TestLetters(db);
    private final Feeds feeds = feeds("sv");
    private final Conversation kompost = conversations.create(
            new NewConversation("kompost", "Kompost på balkongen", "Hur gör ni?", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    private Feeds feeds(String language) {
        try {
            return new Feeds(conversations, new LatestLetterRepository(db.jdbi()),
                    Texts.load(Path.of("templates"), Locale.forLanguageTag(language)), "https://blogg.example.com");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String update, long letterId) {
        db.jdbi().useHandle(h -> h.createUpdate(update).bind("id", letterId).execute());
    }

    @Test
    void siteFeedHasTheLatestChangedLetterFirst() {
        long older = letters.published(kompost.id(), "Åsa Öberg", "2011-07-12T10:00:00+02:00", "Först");
        long newer = letters.published(kompost.id(), "Nils", "2011-07-13T10:00:00+02:00", "Sedan");
        sql("UPDATE letter SET decided_at = TIMESTAMP WITH TIME ZONE '2011-07-14 09:00:00+00:00' WHERE id = :id", older);
        sql("UPDATE letter SET decided_at = TIMESTAMP WITH TIME ZONE '2011-07-13 09:00:00+00:00' WHERE id = :id", newer);
        assertThat(feeds.site().entries()).extracting(Feed.Entry::url).containsExactly(
                "https://blogg.example.com/t/kompost#letter-" + older, "https://blogg.example.com/t/kompost#letter-" + newer);
    }

    @Test
    void entryIsPublishedWhenWrittenAndUpdatedWhenLastEdited() {
        long id = letters.published(kompost.id(), "Åsa Öberg", "2011-07-12T10:00:00+02:00", "Först");
        sql("UPDATE letter SET decided_at = TIMESTAMP WITH TIME ZONE '2011-07-13 09:00:00+00:00',"
                + " edited_at = TIMESTAMP WITH TIME ZONE '2011-07-15 18:30:00+02:00', edited_body = 'Rättat' WHERE id = :id", id);
        Feed.Entry entry = feeds.site().entries().get(0);
        assertThat(entry.published()).isEqualTo("2011-07-12T08:00:00Z");
        assertThat(entry.updated()).isEqualTo("2011-07-15T16:30:00Z");
        assertThat(entry.paragraphs()).containsExactly(List.of("Rättat"));
        assertThat(feeds.site().updated()).isEqualTo("2011-07-15T16:30:00Z");
    }

    @Test
    void entryIdStaysWhenTheConversationIsRenamedAndTheLetterEdited() {
        long id = letters.published(kompost.id(), "Åsa Öberg", "2011-07-12T10:00:00+02:00", "Först");
        String before = feeds.site().entries().get(0).id();
        db.jdbi().useHandle(h -> h.execute("UPDATE conversation SET slug = 'balkong', title = 'Balkongen'"));
        sql("UPDATE letter SET edited_body = 'Rättat', edited_at = CURRENT_TIMESTAMP WHERE id = :id", id);
        Feed.Entry after = feeds.site().entries().get(0);
        assertThat(before).matches("tag:blogg\\.example\\.com,\\d{4}-\\d{2}-\\d{2}:letter-" + id);
        assertThat(after.id()).isEqualTo(before);
        assertThat(after.url()).isEqualTo("https://blogg.example.com/t/balkong#letter-" + id);
    }

    @Test
    void entryTitleNamesTheAuthorAndTheConversation() {
        letters.published(kompost.id(), "Åsa Öberg", "2011-07-12T10:00:00+02:00", "Först");
        assertThat(feeds.site().entries().get(0).title()).isEqualTo("Åsa Öberg i Kompost på balkongen");
        assertThat(feeds("en").site().entries().get(0).title()).isEqualTo("Åsa Öberg in Kompost på balkongen");
    }

    @Test
    void feedsLeaveOutPendingLettersAndDraftConversations() {
        letters.pending(kompost.id(), "Nils", "2011-07-12T10:00:00+02:00", "Väntar");
        Conversation draft = conversations.create(new NewConversation("utkast", "Utkast", "", "", List.of(), false));
        letters.published(draft.id(), "Greta", "2011-07-12T10:00:00+02:00", "I ett utkast");
        assertThat(feeds.site().entries()).isEmpty();
        assertThat(feeds.conversation("kompost").orElseThrow().entries()).isEmpty();
        assertThat(feeds.conversation("utkast")).isEmpty();
        assertThat(feeds.conversation("finns-inte")).isEmpty();
    }

    @Test
    void conversationFeedHasOnlyItsOwnLetters() {
        Conversation other = conversations.create(new NewConversation("odling", "Odling", "", "", List.of(), true));
        long own = letters.published(kompost.id(), "Åsa Öberg", "2011-07-12T10:00:00+02:00", "Här");
        letters.published(other.id(), "Nils", "2011-07-13T10:00:00+02:00", "Där");
        Feed feed = feeds.conversation("kompost").orElseThrow();
        assertThat(feed.entries()).extracting(Feed.Entry::url).containsExactly("https://blogg.example.com/t/kompost#letter-" + own);
        assertThat(feed.selfUrl()).isEqualTo("https://blogg.example.com/t/kompost/feed.atom");
        assertThat(feed.pageUrl()).isEqualTo("https://blogg.example.com/t/kompost");
        assertThat(feed.title()).isEqualTo("Kompost på balkongen");
    }

    @Test
    void emptyConversationFeedIsUpdatedWhenTheConversationWasPublished() {
        Feed feed = feeds.conversation("kompost").orElseThrow();
        assertThat(feed.updated()).isEqualTo(Feeds.rfc3339(kompost.publishedAt().orElseThrow()));
    }

    @Test
    void feedsCarryAtMostFiftyLetters() {
        for (int i = 0; i < Feeds.ENTRIES + 2; i++) {
            letters.published(kompost.id(), "Nils", "2011-07-12T10:00:00+02:00", "Brev " + i);
        }
        assertThat(feeds.site().entries()).hasSize(Feeds.ENTRIES);
        assertThat(feeds.conversation("kompost").orElseThrow().entries()).hasSize(Feeds.ENTRIES);
    }
}
