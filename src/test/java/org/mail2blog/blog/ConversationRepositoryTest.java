package org.mail2blog.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.testing.TestDatabase;

class ConversationRepositoryTest {
    private final Database db = TestDatabase.open();
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());

    @AfterEach
    void close() {
        db.close();
    }

    private Conversation draft(String slug) {
        return db.jdbi().inTransaction(h -> conversations.createWithFreeSlug(h,
                new NewConversation(slug, "Titel", "Intro", "", List.of(), false)));
    }

    @Test
    void takenSlugIsNumbered() {
        assertThat(draft("titel").slug()).isEqualTo("titel");
        assertThat(draft("titel").slug()).isEqualTo("titel-2");
        assertThat(draft("titel").slug()).isEqualTo("titel-3");
        assertThat(draft("titel-extra").slug()).isEqualTo("titel-extra");
    }

    @Test
    void draftIsPublishedAndWithdrawn() {
        Conversation created = draft("titel");
        assertThat(created.isPublished()).isFalse();
        assertThat(conversations.listPublished()).isEmpty();

        assertThat(conversations.setPublished("titel", true)).hasValueSatisfying(c -> assertThat(c.isPublished()).isTrue());
        assertThat(conversations.listPublished()).extracting(Conversation::slug).containsExactly("titel");

        assertThat(conversations.setPublished("titel", false)).hasValueSatisfying(c -> assertThat(c.isPublished()).isFalse());
        assertThat(conversations.listPublished()).isEmpty();
    }

    @Test
    void publishingTwiceKeepsTheFirstDate() {
        draft("titel");
        Conversation first = conversations.setPublished("titel", true).orElseThrow();
        Conversation again = conversations.setPublished("titel", true).orElseThrow();
        assertThat(again.publishedAt()).isEqualTo(first.publishedAt());
    }

    @Test
    void unknownSlugCannotBePublished() {
        assertThat(conversations.setPublished("finns-inte", true)).isEmpty();
    }

    @Test
    void adminListHasDraftsToo() {
        draft("utkast");
        conversations.create(new NewConversation("publicerat", "P", "Intro", "", List.of(), true));
        assertThat(conversations.listAll()).extracting(Conversation::slug).containsExactly("publicerat", "utkast");
    }

    private Conversation moveTo(Conversation c, String slug) {
        return db.jdbi().inTransaction(h -> conversations.update(h, c, ConversationFields.of(c).withSlug(slug)));
    }

    @Test
    void newSlugKeepsTheOldOneAsAFormerSlug() {
        Conversation moved = moveTo(draft("kompost"), "kompost-2011");
        assertThat(moved.slug()).isEqualTo("kompost-2011");
        assertThat(conversations.findBySlug("kompost")).isEmpty();
        assertThat(conversations.findByFormerSlug("kompost")).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(moved.id()));
    }

    @Test
    void slugTakenBackIsCurrentAgainAndNoLongerFormer() {
        Conversation c = moveTo(moveTo(draft("kompost"), "kompost-2011"), "kompost");
        assertThat(c.slug()).isEqualTo("kompost");
        assertThat(conversations.findByFormerSlug("kompost")).isEmpty();
        assertThat(conversations.findByFormerSlug("kompost-2011")).hasValueSatisfying(f -> assertThat(f.id()).isEqualTo(c.id()));
    }

    @Test
    void formerSlugIsTakenForOthersButFreeForItsOwnConversation() {
        Conversation c = moveTo(draft("kompost"), "kompost-2011");
        Conversation other = draft("annat");
        db.jdbi().useHandle(h -> {
            assertThat(conversations.isSlugTaken(h, "kompost")).isTrue();
            assertThat(conversations.isSlugTaken(h, "kompost", other.id())).isTrue();
            assertThat(conversations.isSlugTaken(h, "kompost", c.id())).isFalse();
            assertThat(conversations.isSlugTaken(h, "kompost-2011", c.id())).isFalse();
        });
    }

    @Test
    void slugOfAnAdminPageIsTaken() {
        db.jdbi().useHandle(h -> assertThat(conversations.isSlugTaken(h, "new")).isTrue());
    }

    @Test
    void freeSlugStepsOverFormerSlugsAndAdminPages() {
        moveTo(draft("titel"), "titel-ny");
        assertThat(draft("titel").slug()).isEqualTo("titel-2");
        assertThat(draft("new").slug()).isEqualTo("new-2");
    }

    @Test
    void closingKeepsTheFirstDateAndReopeningClears() {
        Conversation c = draft("titel");
        Conversation closed = db.jdbi().inTransaction(h -> conversations.setClosed(h, c.id(), true));
        Conversation again = db.jdbi().inTransaction(h -> conversations.setClosed(h, c.id(), true));
        assertThat(closed.isClosed()).isTrue();
        assertThat(again.closedAt()).isEqualTo(closed.closedAt());
        assertThat(db.jdbi().inTransaction(h -> conversations.setClosed(h, c.id(), false)).isClosed()).isFalse();
    }

    @Test
    void updateReplacesTheBloggersFields() {
        Conversation c = draft("titel");
        Conversation updated = db.jdbi().inTransaction(h -> conversations.update(h, c,
                new ConversationFields("titel", "Ny titel", "Nytt intro", "Slutord", List.of("Miljö", "Vardag"))));
        assertThat(updated).extracting(Conversation::title, Conversation::intro, Conversation::outro, Conversation::labels)
                .containsExactly("Ny titel", "Nytt intro", "Slutord", List.of("Miljö", "Vardag"));
        assertThat(updated.replyToken()).isEqualTo(c.replyToken());
    }
}
