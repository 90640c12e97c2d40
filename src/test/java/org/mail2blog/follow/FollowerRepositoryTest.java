package org.mail2blog.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.testing.TestDatabase;

class FollowerRepositoryTest {
    private final Database db = TestDatabase.open();
    private final FollowerRepository followers = new FollowerRepository(db.jdbi());
    private final Conversation conversation = new ConversationRepository(db.jdbi())
            .create(new NewConversation("t", "Title", "Intro", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    private Follower follow(String address, CameBy cameBy) {
        return db.jdbi().inTransaction(h -> followers.follow(h, conversation.id(), address, cameBy));
    }

    private List<String> active() {
        return db.jdbi().withHandle(h -> followers.listActive(h, conversation.id())).stream()
                .map(Follower::address).toList();
    }

    @Test
    void followingTwiceKeepsOneFollowerWithOneToken() {
        Follower first = follow("Vera.Lind@example.com", CameBy.WROTE);
        Follower second = follow("vera.lind@example.com", CameBy.PAGE);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.unsubscribeToken()).isEqualTo(first.unsubscribeToken());
        assertThat(second.cameBy()).isEqualTo(CameBy.WROTE);
        assertThat(active()).containsExactly("vera.lind@example.com");
    }

    @Test
    void unsubscribeTokenStopsTheFollower() {
        Follower vera = follow("vera.lind@example.com", CameBy.WROTE);
        follow("tor.ek@example.com", CameBy.MAIL);
        assertThat(followers.unsubscribe(vera.unsubscribeToken()))
                .hasValueSatisfying(f -> assertThat(f.isActive()).isFalse());
        assertThat(active()).containsExactly("tor.ek@example.com");
        assertThat(followers.unsubscribe(vera.unsubscribeToken())).isPresent();
    }

    @Test
    void unknownTokenFindsNobody() {
        follow("vera.lind@example.com", CameBy.WROTE);
        assertThat(followers.findByToken("nosuchtokenanywhere2")).isEmpty();
        assertThat(followers.unsubscribe("nosuchtokenanywhere2")).isEmpty();
    }

    @Test
    void unsubscribedWriterStaysUnsubscribedWhenAnotherLetterIsPublished() {
        Follower vera = follow("vera.lind@example.com", CameBy.WROTE);
        followers.unsubscribe(vera.unsubscribeToken());
        assertThat(follow("vera.lind@example.com", CameBy.WROTE).isActive()).isFalse();
        assertThat(active()).isEmpty();
    }

    @Test
    void askingAgainBringsAnUnsubscribedFollowerBack() {
        Follower vera = follow("vera.lind@example.com", CameBy.WROTE);
        followers.unsubscribe(vera.unsubscribeToken());
        Follower back = follow("vera.lind@example.com", CameBy.MAIL);
        assertThat(back.isActive()).isTrue();
        assertThat(back.cameBy()).isEqualTo(CameBy.MAIL);
        assertThat(active()).containsExactly("vera.lind@example.com");
    }
}
