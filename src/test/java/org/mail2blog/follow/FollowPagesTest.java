package org.mail2blog.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.testing.OutboxMails;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestQueues;

/** Following from the page with double opt-in, and unsubscribing by token. */
class FollowPagesTest {
    private static final String KIM = "kim.nord@example.com";
    private final Database db = TestDatabase.open();
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final FollowerRepository followers = new FollowerRepository(db.jdbi());
    private final FollowPages pages = new FollowPages(conversations, followers,
            new FollowRequests(db.jdbi(), followers, TestQueues.conversationNotifier(db), TestQueues.BASE_URL),
            new ReplyAddress(TestQueues.BLOG));
    private final Conversation conversation = conversations.create(
            new NewConversation("t", "Kompost", "Intro", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    private List<MimeMessage> confirmations() {
        return OutboxMails.of(db, "follow-confirmation", KIM);
    }

    private String confirmToken() {
        String text = OutboxMails.text(confirmations().get(0));
        return text.replaceAll("(?s).*" + TestQueues.BASE_URL + "/follow/(\\w+).*", "$1");
    }

    private List<String> active() {
        return db.jdbi().withHandle(h -> followers.listActive(h, conversation.id())).stream()
                .map(Follower::address).toList();
    }

    @Test
    void formSendsAConfirmationLinkAndFollowsOnlyOnceConfirmed() throws Exception {
        assertThat(pages.request("t", " Kim.Nord@example.com ")).hasValue(new FollowRequestPage("t", "Kompost", "", true));
        assertThat(active()).isEmpty();
        MimeMessage mail = confirmations().get(0);
        assertThat(mail.getSubject()).contains("Kompost");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");

        String token = confirmToken();
        assertThat(pages.confirmation(token)).hasValue(new FollowConfirmPage(token, "t", "Kompost", false));
        assertThat(active()).isEmpty();
        assertThat(pages.confirm(token)).hasValue(new FollowConfirmPage(token, "t", "Kompost", true));
        assertThat(active()).containsExactly(KIM);
        assertThat(pages.confirm(token)).isPresent();
    }

    @Test
    void formAnswersTheSameWhenTheAddressAlreadyFollows() {
        db.jdbi().useTransaction(h -> followers.follow(h, conversation.id(), KIM, CameBy.WROTE));
        assertThat(pages.request("t", KIM)).hasValue(new FollowRequestPage("t", "Kompost", "", true));
        assertThat(confirmations()).isEmpty();
    }

    @Test
    void secondRequestWithinTheHourSendsNoSecondMail() {
        pages.request("t", KIM);
        pages.request("t", KIM);
        assertThat(confirmations()).hasSize(1);
        assertThat(requestRows()).isEqualTo(1);
    }

    private int requestRows() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM follow_request").mapTo(Integer.class).one());
    }

    @Test
    void addressThatCannotBeOneIsRefusedWithTheFormAgain() {
        for (String bad : List.of("kim", "kim@", "Kim <kim@example.com>", "a@b.se, c@d.se", "blog@example.com",
                "blog+abc@example.com", "")) {
            assertThat(pages.request("t", bad)).hasValueSatisfying(p -> assertThat(p.isValid()).isFalse());
        }
        assertThat(requestRows()).isZero();
    }

    @Test
    void unknownConversationOrTokenIsNotFound() {
        assertThat(pages.request("nope", KIM)).isEmpty();
        assertThat(pages.confirmation("nosuchtoken")).isEmpty();
        assertThat(pages.confirm("nosuchtoken")).isEmpty();
        assertThat(pages.unsubscription("nosuchtoken")).isEmpty();
        assertThat(pages.unsubscribe("nosuchtoken")).isEmpty();
    }

    @Test
    void unsubscribeLinkShowsAButtonAndTheButtonStopsTheMail() {
        Follower kim = db.jdbi().inTransaction(h -> followers.follow(h, conversation.id(), KIM, CameBy.PAGE));
        String token = kim.unsubscribeToken();
        assertThat(pages.unsubscription(token)).hasValue(new UnsubscribePage(token, "t", "Kompost", false));
        assertThat(active()).containsExactly(KIM);
        assertThat(pages.unsubscribe(token)).hasValue(new UnsubscribePage(token, "t", "Kompost", true));
        assertThat(active()).isEmpty();
    }
}
