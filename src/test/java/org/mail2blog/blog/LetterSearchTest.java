package org.mail2blog.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.testing.Postgres;
import org.mail2blog.testing.Required;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestLetters;

class LetterSearchTest {
    private final Database db = TestDatabase.open();
    private final LetterSearch search = new LetterSearch(db.jdbi());
    private final TestLetters testLetters = new TestLetters(db);
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final Conversation kompost = conversations
            .create(new NewConversation("kompost", "Kompost", "Intro", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    private void setState(long letterId, String state) {
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE letter SET state = :s WHERE id = :id")
                .bind("s", state).bind("id", letterId).execute());
    }

    @Test
    void findsAPublishedLetterByASwedishWord() {
        long id = testLetters.published(kompost.id(), "Åsa", "2011-07-12T10:00:00+02:00",
                "Hej!\n\nVi sorterar glas i ett eget kärl på gården.\n\nMvh Åsa");
        assertThat(search.search("kärl", 10)).extracting(SearchHit::letterId).containsExactly(id);
        assertThat(search.search("KÄRL", 10)).extracting(SearchHit::conversationSlug).containsExactly("kompost");
    }

    @Test
    void neverFindsPendingRejectedOrWithdrawnLetters() {
        testLetters.pending(kompost.id(), "Nils", "2011-07-12T10:00:00+02:00", "Pantburkar i pendeltåget");
        long rejected = testLetters.published(kompost.id(), "Olle", "2011-07-13T10:00:00+02:00", "Pantburkar överallt");
        long withdrawn = testLetters.published(kompost.id(), "Lena", "2011-07-14T10:00:00+02:00", "Pantburkar igen");
        setState(rejected, "rejected");
        setState(withdrawn, "withdrawn");
        assertThat(search.search("pantburkar", 10)).isEmpty();
    }

    @Test
    void neverFindsLettersOfADraftConversation() {
        Conversation draft = conversations.create(new NewConversation("utkast", "Utkast", "", "", List.of(), false));
        testLetters.published(draft.id(), "Åsa", "2011-07-12T10:00:00+02:00", "Hemlig kompostering");
        assertThat(search.search("hemlig", 10)).isEmpty();
    }

    @Test
    void searchesThePublishedTextNotTheWordsAnEditTookOut() {
        long id = testLetters.published(kompost.id(), "Åsa", "2011-07-12T10:00:00+02:00", "Ring mig på 070-1234567, grannen");
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE letter SET edited_body = 'Hälsa grannen' WHERE id = :id")
                .bind("id", id).execute());
        assertThat(search.search("ring", 10)).isEmpty();
        assertThat(search.search("grannen", 10)).extracting(SearchHit::body).containsExactly("Hälsa grannen");
    }

    @Test
    void everyWordMustBeInTheLetter() {
        long both = testLetters.published(kompost.id(), "Åsa", "2011-07-12T10:00:00+02:00", "Glas och papper");
        testLetters.published(kompost.id(), "Nils", "2011-07-13T10:00:00+02:00", "Bara glas");
        assertThat(search.search("glas papper", 10)).extracting(SearchHit::letterId).containsExactly(both);
    }

    @Test
    void findsAWordInsideAnAddressOrAHyphenatedWordInAnyCase() {
        long id = testLetters.published(kompost.id(), "Åsa", "2011-07-12T10:00:00+02:00",
                "Skriv till ÅSA.OBERG@example.com om kompost-gallret.");
        assertThat(search.search("åsa", 10)).extracting(SearchHit::letterId).containsExactly(id);
        assertThat(search.search("example", 10)).extracting(SearchHit::letterId).containsExactly(id);
        assertThat(search.search("Gallret", 10)).extracting(SearchHit::letterId).containsExactly(id);
    }

    @Test
    void newestLetterComesFirst() {
        long older = testLetters.published(kompost.id(), "Åsa", "2011-07-12T10:00:00+02:00", "Kompost i maj");
        long newer = testLetters.published(kompost.id(), "Nils", "2011-07-14T10:00:00+02:00", "Kompost i juni");
        assertThat(search.search("kompost", 10)).extracting(SearchHit::letterId).containsExactly(newer, older);
    }

    /** The query's tsvector expression must be the index's own, or PostgreSQL reads every letter. */
    @Test
    void onPostgresqlTheSearchUsesTheFullTextIndex() {
        Required.postgres();
        try (Database postgresql = Database.open(Postgres.newDatabase(), Postgres.USER, "")) {
            List<String> plan = postgresql.jdbi().withHandle(h -> {
                h.execute("SET enable_seqscan = off");
                return h.createQuery("EXPLAIN SELECT l.id FROM letter l WHERE " + LetterSearch.POSTGRESQL_MATCH).bind("q", "kompost")
                        .mapTo(String.class).list();
            });
            assertThat(String.join("\n", plan)).contains("letter_full_text");
        }
    }

    @Test
    void queryWithoutWordsFindsNothing() {
        testLetters.published(kompost.id(), "Åsa", "2011-07-12T10:00:00+02:00", "Glas");
        assertThat(search.search("  -- %* ", 10)).isEmpty();
    }
}
