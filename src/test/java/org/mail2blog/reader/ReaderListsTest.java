package org.mail2blog.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.LetterSearch;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.support.Texts;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestLetters;

/** The front page's paging, the label pages and the search page, built from a real H2 database. */
class ReaderListsTest {
    private final Database db = TestDatabase.open();
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final TestLetters letters = new TestLetters(db);
    private final Texts texts;
    private final ReaderPages reader;
    private final SearchPages search;

    ReaderListsTest() throws Exception {
        texts = Texts.load(Path.of("templates"), Locale.forLanguageTag("sv"));
        reader = new ReaderPages(conversations, new LetterRepository(db.jdbi()), new ReplyAddress("blog@example.com"),
                texts, ZoneId.of("Europe/Stockholm"));
        search = new SearchPages(new LetterSearch(db.jdbi()), texts, ZoneId.of("Europe/Stockholm"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long publish(String slug, List<String> labels) {
        return conversations.create(new NewConversation(slug, "Samtal " + slug, "Intro om " + slug, "", labels, true)).id();
    }

    @Test
    void frontPageShowsTenAtATimeWithLinksBetweenPages() {
        IntStream.rangeClosed(1, 12).forEach(i -> publish("samtal-" + i, List.of()));
        IndexPage first = reader.index(null).orElseThrow();
        IndexPage second = reader.index("2").orElseThrow();
        assertThat(first.conversations()).hasSize(10);
        assertThat(first.previousUrl()).isEmpty();
        assertThat(first.nextUrl()).isEqualTo("/?page=2");
        assertThat(second.conversations()).hasSize(2);
        assertThat(second.previousUrl()).isEqualTo("/");
        assertThat(second.nextUrl()).isEmpty();
        assertThat(reader.index("3")).isEmpty();
    }

    @Test
    void newestActivityComesFirst() {
        long old = publish("gammalt", List.of());
        publish("nytt", List.of());
        letters.published(old, "Åsa", "2011-07-12T10:00:00+02:00", "Ett nytt brev i det gamla samtalet");
        assertThat(reader.index(null).orElseThrow().conversations()).extracting(IndexPage.Card::slug)
                .containsExactly("gammalt", "nytt");
    }

    @Test
    void labelPageListsThePublishedConversationsWithTheLabelInAnyCase() {
        publish("glas", List.of("miljö"));
        publish("kompost", List.of("Miljö", "Vardag"));
        publish("val", List.of("Politik"));
        conversations.create(new NewConversation("utkast", "Utkast", "", "", List.of("Miljö"), false));
        LabelPage page = reader.label("MILJÖ").orElseThrow();
        assertThat(page.label()).as("as the most recently active one writes it").isEqualTo("Miljö");
        assertThat(page.conversations()).extracting(IndexPage.Card::slug).containsExactlyInAnyOrder("kompost", "glas");
    }

    @Test
    void labelNobodyUsesHasNoPage() {
        publish("kompost", List.of("Miljö"));
        conversations.create(new NewConversation("utkast", "Utkast", "", "", List.of("Hemligt"), false));
        assertThat(reader.label("Sport")).isEmpty();
        assertThat(reader.label("Hemligt")).isEmpty();
    }

    @Test
    void searchLinksToTheLetterAndLeavesPendingLettersOut() {
        long kompost = publish("kompost", List.of());
        long published = letters.published(kompost, "Åsa Öberg", "2011-07-12T10:00:00+02:00", "Glaset i eget kärl.");
        letters.pending(kompost, "Nils", "2011-07-13T10:00:00+02:00", "Mitt kärl väntar.");
        SearchPage page = search.search(" kärl ");
        assertThat(page.summary()).isEqualTo("1 brev hittades");
        assertThat(page.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.url()).isEqualTo("/t/kompost#letter-" + published);
            assertThat(hit.authorName()).isEqualTo("Åsa Öberg");
            assertThat(hit.conversationTitle()).isEqualTo("Samtal kompost");
            assertThat(hit.writtenAt()).isEqualTo("12 juli 2011 kl. 10:00");
            assertThat(hit.snippet()).isEqualTo("Glaset i eget kärl.");
        });
    }

    @Test
    void emptyQueryShowsTheFormOnlyAndNoHitsSaysSo() {
        assertThat(search.search("  ").isSearched()).isFalse();
        assertThat(search.search(null).isSearched()).isFalse();
        SearchPage none = search.search("ingenting");
        assertThat(none.isSearched()).isTrue();
        assertThat(none.hits()).isEmpty();
        assertThat(none.summary()).isEqualTo(texts.get("search.none"));
    }
}
