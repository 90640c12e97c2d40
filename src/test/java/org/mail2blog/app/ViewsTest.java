package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mail2blog.admin.ConversationsPage;
import org.mail2blog.admin.LoginPage;
import org.mail2blog.admin.QueuePage;
import org.mail2blog.reader.ConversationPage;
import org.mail2blog.reader.IndexPage;
import org.mail2blog.reader.WithdrawPage;
import org.mail2blog.reader.WithdrawnPage;
import org.mail2blog.support.Texts;
import org.mail2blog.testing.SampleReviews;

/** Every template renders with a sample model, and mail content comes out escaped. */
class ViewsTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    private static Views views(String language) throws Exception {
        return new Views(TEMPLATES, Texts.load(TEMPLATES, Locale.forLanguageTag(language)));
    }

    private static ConversationPage conversation(String body) {
        return new ConversationPage("s", "11 juli 2011", "2011-07-11T09:14+02:00", "Titel " + XSS,
                List.of(List.of("Intro")), List.of(new ConversationPage.Letter(7, "Lena " + XSS,
                "11 juli 2011 kl. 09:14", "2011-07-11T09:14+02:00", List.of(List.of("Hej!"), List.of(body, "Mvh Lena")))),
                List.of(List.of("Outro")), List.of("Vardag", "Miljö"), "1 brev", "blog+t@example.com",
                "mailto:blog+t@example.com?subject=Sv%3A%20Titel");
    }

    @Test
    void conversationPageHasTheShapeOfThePost() throws Exception {
        Document page = Jsoup.parse(views("sv").render("reader/conversation.ftlh", conversation("Text")));
        assertThat(page.select(".date-heading").text()).isEqualTo("11 juli 2011");
        assertThat(page.select("#letter-7 .author").text()).startsWith("Lena");
        assertThat(page.select("#letter-7 p").eachText()).containsExactly("Hej!", "Text Mvh Lena");
        assertThat(page.select(".labels").text()).isEqualTo("Etiketter: Vardag, Miljö");
        assertThat(page.select(".count").text()).isEqualTo("1 brev");
        assertThat(page.select("a.reply-cta").first().attr("href")).startsWith("mailto:blog+t@example.com?subject=");
        assertThat(page.select("html").attr("lang")).isEqualTo("sv");
    }

    @Test
    void mailContentIsEscaped() throws Exception {
        String html = views("sv").render("reader/conversation.ftlh", conversation(XSS));
        assertThat(html).doesNotContain("<script>").doesNotContain("<img").contains("&lt;script&gt;");
        assertThat(Jsoup.parse(html).select("script, img, [onerror]")).isEmpty();
    }

    @Test
    void indexListsConversationsInEnglishToo() throws Exception {
        IndexPage model = new IndexPage(List.of(new IndexPage.Card("s", "Title", "11 July 2011",
                "2011-07-11T09:14+02:00", "No letters yet", "Excerpt")));
        Document page = Jsoup.parse(views("en").render("reader/index.ftlh", model));
        assertThat(page.select("article.card h2 a").attr("href")).isEqualTo("/t/s");
        assertThat(page.select(".meta").text()).contains("No letters yet").contains("Read the conversation");
    }

    @Test
    void emptyIndexSaysSo() throws Exception {
        Document page = Jsoup.parse(views("sv").render("reader/index.ftlh", new IndexPage(List.of())));
        assertThat(page.select(".empty").text()).isEqualTo("Inga publicerade samtal ännu.");
    }

    @Test
    void notFoundPageRenders() throws Exception {
        assertThat(views("en").render("reader/not-found.ftlh", Map.of())).contains("Page not found");
    }

    @Test
    void withdrawPageShowsTheLetterAndAConfirmFormWithoutScript() throws Exception {
        WithdrawPage model = new WithdrawPage("k3xm9q2rtv7wzp4nbc8dk3xm9q2rtv7w", "Åsa " + XSS, "12 juli 2011 kl. 08:30",
                "2011-07-12T08:30+02:00", List.of(List.of("Hej!"), List.of(XSS)), true, true, "Källsortering");
        String html = views("sv").render("reader/withdraw.ftlh", model);
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo("Dra tillbaka ditt brev?");
        assertThat(page.select(".withdraw").text()).contains("är publicerat i samtalet Källsortering");
        assertThat(page.select("form").attr("method")).isEqualTo("post");
        assertThat(page.select("form").attr("action")).isEqualTo("/withdraw/k3xm9q2rtv7wzp4nbc8dk3xm9q2rtv7w");
        assertThat(page.select("form button[type=submit]").text()).isEqualTo("Dra tillbaka brevet");
        assertThat(page.select("script, img, [onerror]")).isEmpty();
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void withdrawPageOfAPendingUnmatchedLetterSaysItWaits() throws Exception {
        WithdrawPage model = new WithdrawPage("t", "Åsa", "12 July 2011, 08:30", "2011-07-12T08:30+02:00",
                List.of(List.of("Hello")), false, false, "");
        Document page = Jsoup.parse(views("en").render("reader/withdraw.ftlh", model));
        assertThat(page.select(".withdraw").text()).contains("This letter of yours waits for review.")
                .contains("Withdraw the letter");
    }

    @Test
    void withdrawnPageSaysWhetherTheLetterWasJustWithdrawnOrGoneAlready() throws Exception {
        Document now = Jsoup.parse(views("en").render("reader/withdrawn.ftlh",
                new WithdrawnPage(true, "/t/s", "Back to the conversation")));
        assertThat(now.select("h1").text()).isEqualTo("Your letter has been withdrawn");
        assertThat(now.select("a[href=/t/s]").text()).isEqualTo("Back to the conversation");
        Document gone = Jsoup.parse(views("sv").render("reader/withdrawn.ftlh",
                new WithdrawnPage(false, "/", "Till startsidan")));
        assertThat(gone.select("h1").text()).isEqualTo("Det här brevet är redan borta");
    }

    @Test
    void adminPagesCarryTheCsrfTokenInEveryForm() throws Exception {
        QueuePage queue = new QueuePage("admin", "tok", List.of(new QueuePage.Item(3, "Title", "s", true, "Åsa",
                "asa@example.com", "Sv: x", "2011-07-12 08:30", "Hej " + XSS, "> old", "REPLY_ADDRESS", false, false,
                SampleReviews.plain(3, "Hej " + XSS))), 1, 1, "", List.of());
        Document page = Jsoup.parse(views("en").render("admin/queue.ftlh", queue));
        assertThat(page.select("form")).hasSize(6)
                .allSatisfy(f -> assertThat(f.select("input[name=X-XSRF-TOKEN]").attr("value")).isEqualTo("tok"));
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select(".quarantine-summary a[href=/admin/quarantine]").text()).isEqualTo("1 mail in quarantine");
        Document login = Jsoup.parse(views("en").render("admin/login.ftlh", new LoginPage("tok", "", "")));
        assertThat(login.select("form input[name=X-XSRF-TOKEN]").attr("value")).isEqualTo("tok");
    }

    @Test
    void letterWithNothingLeftIsFlaggedWithoutAnApproveButton() throws Exception {
        QueuePage queue = new QueuePage("admin", "tok", List.of(new QueuePage.Item(4, "Title", "s", true, "Åsa",
                "asa@example.com", "Sv: x", "2011-07-12 08:30", "", "> only quoted", "REPLY_ADDRESS", true, false,
                SampleReviews.plain(4, ""))), 0, 0, "", List.of(new QueuePage.Choice("s", "Title", true)));
        Document page = Jsoup.parse(views("en").render("admin/queue.ftlh", queue));
        assertThat(page.select("#item-4 .flag").text()).contains("cannot be published");
        assertThat(page.select("#item-4 form").eachAttr("action"))
                .containsExactly("/admin/queue/4/reject", "/admin/queue/4/spam", "/admin/queue/4/name");
    }

    @Test
    void unmatchedLetterCanBeAttachedToAnyConversation() throws Exception {
        QueuePage queue = new QueuePage("admin", "tok", List.of(new QueuePage.Item(5, "", "", false, "Åsa",
                "asa@example.com", "Hej", "2011-07-12 08:30", "Hej", "", "NONE", false, false,
                SampleReviews.plain(5, "Hej"))), 0, 0, "",
                List.of(new QueuePage.Choice("utkast", "Utkast " + XSS, false), new QueuePage.Choice("s", "Title", true)));
        Document page = Jsoup.parse(views("en").render("admin/queue.ftlh", queue));
        assertThat(page.select("#item-5 form").eachAttr("action"))
                .containsExactly("/admin/queue/5/reject", "/admin/queue/5/spam", "/admin/queue/5/attach",
                        "/admin/queue/5/new-conversation", "/admin/queue/5/name");
        assertThat(page.select("#item-5 form.attach input[name=X-XSRF-TOKEN]").attr("value")).isEqualTo("tok");
        assertThat(page.select("#item-5 select[name=conversation] option").eachAttr("value"))
                .containsExactly("utkast", "s");
        assertThat(page.select("#item-5 option").first().text()).endsWith("(draft)");
        assertThat(page.select("script, img")).isEmpty();
    }

    @Test
    void letterMatchedBySubjectGuessIsFlaggedForChecking() throws Exception {
        QueuePage queue = new QueuePage("admin", "tok", List.of(new QueuePage.Item(6, "Title", "s", true, "Åsa",
                "asa@example.com", "SV: Title", "2011-07-12 08:30", "Hej", "", "SUBJECT_GUESS", false, false,
                SampleReviews.plain(6, "Hej"))), 0, 0, "", List.of(new QueuePage.Choice("s", "Title", true),
                new QueuePage.Choice("annat", "Annat", true)));
        Document page = Jsoup.parse(views("en").render("admin/queue.ftlh", queue));
        assertThat(page.select("#item-6 .flag.guess").text()).containsIgnoringCase("matched by subject guess — check");
        assertThat(page.select("#item-6 form").eachAttr("action"))
                .containsExactly("/admin/queue/6/approve", "/admin/queue/6/reject", "/admin/queue/6/spam",
                        "/admin/queue/6/attach", "/admin/queue/6/name");
        assertThat(page.select("#item-6 select[name=conversation] option").eachAttr("value"))
                .containsExactly("annat");
    }

    @Test
    void conversationsPageOffersPublishForDraftsAndUnpublishForTheRest() throws Exception {
        ConversationsPage model = new ConversationsPage("admin", "tok", List.of(
                new ConversationsPage.Row("utkast", "Utkast " + XSS, false, 3, "blog+a@example.com", "2011-07-12 08:30"),
                new ConversationsPage.Row("s", "Title", true, 1, "blog+b@example.com", "2011-07-11 09:14")), "");
        Document page = Jsoup.parse(views("en").render("admin/conversations.ftlh", model));
        assertThat(page.select("#conversation-utkast form").attr("action"))
                .isEqualTo("/admin/conversations/utkast/publish");
        assertThat(page.select("#conversation-s form").attr("action")).isEqualTo("/admin/conversations/s/unpublish");
        assertThat(page.select("form")).allSatisfy(f ->
                assertThat(f.select("input[name=X-XSRF-TOKEN]").attr("value")).isEqualTo("tok"));
        assertThat(page.select("#conversation-utkast .meta").text()).contains("Draft").contains("3 published letters");
        assertThat(page.select("script, img")).isEmpty();
    }

    @Test
    void errorPageIsWordedInTheBlogsLanguageAndSaysNothingAboutTheError() throws Exception {
        Document sv = Jsoup.parse(views("sv").render("reader/error.ftlh", Map.of()));
        assertThat(sv.select("h1").text()).isEqualTo("Något gick fel");
        assertThat(sv.select("main a[href=/]")).hasSize(1);
        Document en = Jsoup.parse(views("en").render("reader/error.ftlh", Map.of()));
        assertThat(en.select("h1").text()).isEqualTo("Something went wrong");
        assertThat(en.select("html").attr("lang")).isEqualTo("en");
    }
}
