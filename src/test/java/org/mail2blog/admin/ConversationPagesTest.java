package org.mail2blog.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestLetters;

class ConversationPagesTest {
    private final Database db = TestDatabase.open();
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final ConversationPages pages = new ConversationPages(conversations, new LetterRepository(db.jdbi()),
            new ReplyAddress("blog@example.com"), ZoneId.of("Europe/Stockholm"));
    private final TestLetters letters = new TestLetters(db);
    private final Conversation kompost = conversations.create(
            new NewConversation("kompost", "Kompost", "Intro", "", List.of("Miljö", "Vardag"), true));

    @AfterEach
    void close() {
        db.close();
    }

    private void setState(long letterId, String state) {
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE letter SET state = :s WHERE id = :id")
                .bind("s", state).bind("id", letterId).execute());
    }

    @Test
    void onlyPublishedLettersWithAPublishedNeighbourCanMove() {
        long asa = letters.published(kompost.id(), "Åsa", "2011-07-12T09:00:00+02:00", "Hej!");
        long nils = letters.published(kompost.id(), "Nils", "2011-07-13T09:00:00+02:00", "Hej!");
        long orjan = letters.published(kompost.id(), "Örjan", "2011-07-14T09:00:00+02:00", "Hej!");
        long greta = letters.pending(kompost.id(), "Greta", "2011-07-15T09:00:00+02:00", "Hej!");
        setState(orjan, "removed");

        List<ConversationEditPage.LetterRow> rows = pages.editPage("kompost", "admin", "tok", "").orElseThrow().letters();
        assertThat(rows).extracting(ConversationEditPage.LetterRow::id).containsExactly(asa, nils, orjan, greta);
        assertThat(rows).extracting(ConversationEditPage.LetterRow::canMoveUp).containsExactly(false, true, false, false);
        assertThat(rows).extracting(ConversationEditPage.LetterRow::canMoveDown).containsExactly(true, false, false, false);
        assertThat(rows).extracting(ConversationEditPage.LetterRow::state)
                .containsExactly("published", "published", "removed", "pending");
    }

    @Test
    void pageShowsTheStoredFieldsAndDate() {
        letters.published(kompost.id(), "Åsa", "2011-07-12T09:00:00+02:00", "Hej!");
        ConversationEditPage page = pages.editPage("kompost", "admin", "tok", "Sparat.").orElseThrow();
        assertThat(page.form().labels()).isEqualTo("Miljö, Vardag");
        assertThat(page.isPublished()).isTrue();
        assertThat(page.replyAddress()).startsWith("blog+").endsWith("@example.com");
        assertThat(page.letters().get(0).writtenAt()).isEqualTo("2011-07-12 09:00");
    }

    @Test
    void refusedFormIsShownAsTyped() {
        ConversationForm typed = new ConversationForm("", "kompost", "Intro", "", "", false);
        ConversationEditPage page = pages.editPage("kompost", "admin", "tok", typed, typed.errors()).orElseThrow();
        assertThat(page.form().title()).isEmpty();
        assertThat(page.title()).isEqualTo("Kompost");
        assertThat(page.errors()).containsOnlyKeys("title");
    }

    @Test
    void unknownSlugHasNoPage() {
        assertThat(pages.editPage("finns-inte", "admin", "tok", "")).isEmpty();
        assertThat(pages.editPage("finns-inte", "admin", "tok", ConversationForm.blank(), Map.of())).isEmpty();
    }

    @Test
    void excerptIsTheFirstLinesCutAtAWord() {
        assertThat(ConversationPages.excerpt("Hej!\n\nVi har kompost.\nDen luktar inte.\nMvh Åsa"))
                .isEqualTo("Hej! Vi har kompost. Den luktar inte.");
        assertThat(ConversationPages.excerpt("ord ".repeat(100))).endsWith("ord …").hasSizeLessThan(205);
    }
}
