package org.mail2blog.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.testing.TestDatabase;

class RecipientTokensTest {
    private final Database db = TestDatabase.open();
    private final RecipientTokens tokens = new RecipientTokens(db.jdbi());
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final Conversation first = conversations.create(new NewConversation("a", "A", "Intro", "", List.of(), true));
    private final Conversation second = conversations.create(new NewConversation("b", "B", "Intro", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    private String tokenFor(Conversation c, String address) {
        return db.jdbi().inTransaction(h -> tokens.tokenFor(h, c.id(), address));
    }

    @Test
    void sameRecipientOfTheSameConversationKeepsItsToken() {
        assertThat(tokenFor(first, "Greta.Holm@example.com")).isEqualTo(tokenFor(first, "greta.holm@example.com"));
    }

    @Test
    void eachRecipientAndConversationGetsItsOwnToken() {
        String greta = tokenFor(first, "greta.holm@example.com");
        assertThat(tokenFor(first, "bo.sand@example.com")).isNotEqualTo(greta);
        assertThat(tokenFor(second, "greta.holm@example.com")).isNotEqualTo(greta);
        assertThat(greta).hasSize(20).isNotEqualTo(first.replyToken());
    }

    @Test
    void tokenNamesItsConversationAndRecipient() {
        String token = tokenFor(second, "greta.holm@example.com");
        assertThat(tokens.find(token)).hasValue(new RecipientTokens.Binding(second.id(), "greta.holm@example.com"));
        assertThat(tokens.find(token.toUpperCase())).isPresent();
        assertThat(tokens.find("notatokenofoursatall")).isEmpty();
    }
}
