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
}
