package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mail2blog.admin.QueuePage;
import org.mail2blog.follow.FollowConfirmPage;
import org.mail2blog.follow.FollowRequestPage;
import org.mail2blog.follow.UnsubscribePage;
import org.mail2blog.reader.ConversationPage;
import org.mail2blog.support.Texts;
import org.mail2blog.testing.SampleReviews;

/** The follow, confirm and unsubscribe pages render without JavaScript, in both languages. */
class FollowViewsTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final String XSS = "<script>alert(1)</script>";

    private static Document render(String language, String template, Object model) throws Exception {
        return Jsoup.parse(new Views(TEMPLATES, Texts.load(TEMPLATES, Locale.forLanguageTag(language)))
                .render(template, model));
    }

    @Test
    void conversationPageHasAFollowFormWithOneAddressField() throws Exception {
        ConversationPage model = new ConversationPage("kompost", "1 juli 2011", "2011-07-01T09:00+02:00", "Kompost",
                List.of(), List.of(), List.of(), List.of(), "Inga brev ännu", "blog+t@example.com", "mailto:x");
        Document page = render("sv", "reader/conversation.ftlh", model);
        assertThat(page.select("form.follow").attr("action")).isEqualTo("/t/kompost/follow");
        assertThat(page.select("form.follow").attr("method")).isEqualTo("post");
        assertThat(page.select("form.follow input").eachAttr("name")).containsExactly("address");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void requestPageSaysTheSameForEveryAcceptedAddress() throws Exception {
        Document page = render("en", "reader/follow-requested.ftlh", new FollowRequestPage("kompost", "Kompost", "", true));
        assertThat(page.select("h1").text()).isEqualTo("Check your mail");
        assertThat(page.select("form")).isEmpty();
    }

    @Test
    void refusedAddressIsShownAgainEscapedWithTheMessage() throws Exception {
        Document page = render("sv", "reader/follow-requested.ftlh",
                new FollowRequestPage("kompost", "Kompost", XSS, false));
        assertThat(page.select("#follow-address").attr("value")).isEqualTo(XSS);
        assertThat(page.select("#follow-error").text()).contains("e-postadress");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void confirmPageHasAButtonThenSaysItIsDone() throws Exception {
        Document button = render("sv", "reader/follow-confirm.ftlh", new FollowConfirmPage("tok", "kompost", "Kompost", false));
        assertThat(button.select("form").attr("action")).isEqualTo("/follow/tok");
        assertThat(button.select("form button")).hasSize(1);
        Document done = render("en", "reader/follow-confirm.ftlh", new FollowConfirmPage("tok", "kompost", "Kompost", true));
        assertThat(done.select("h1").text()).isEqualTo("You follow the conversation");
        assertThat(done.select("form")).isEmpty();
    }

    @Test
    void unsubscribePageHasAButtonThenSaysItIsDone() throws Exception {
        Document button = render("en", "reader/unsubscribe.ftlh", new UnsubscribePage("tok", "kompost", "Kompost", false));
        assertThat(button.select("form").attr("action")).isEqualTo("/unsubscribe/tok");
        assertThat(button.select("form").attr("method")).isEqualTo("post");
        Document done = render("sv", "reader/unsubscribe.ftlh", new UnsubscribePage("tok", "kompost", "Kompost", true));
        assertThat(done.select("h1").text()).isEqualTo("Du får inga fler mejl");
        assertThat(done.select("a[href=/t/kompost]").text()).isEqualTo("Kompost");
    }

    @Test
    void queueShowsTheTokenSenderMismatch() throws Exception {
        QueuePage queue = new QueuePage("admin", "tok", List.of(new QueuePage.Item(5, "Kompost", "kompost", true,
                "Okänd", "okand@example.com", "Sv: x", "2011-07-12 08:30", "Hej", "", "RECIPIENT_ADDRESS", false, true,
                SampleReviews.plain(5, "Hej"))), 0, 0, "", List.of());
        Document page = render("en", "admin/queue.ftlh", queue);
        assertThat(page.select("#item-5 .sender-mismatch").text()).containsIgnoringCase("token/sender mismatch");
    }
}
