package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mail2blog.admin.ConversationEditPage;
import org.mail2blog.admin.ConversationForm;
import org.mail2blog.admin.ConversationNewPage;
import org.mail2blog.admin.ConversationsPage;
import org.mail2blog.reader.ConversationPage;
import org.mail2blog.support.Texts;

/** The conversation admin pages and the closed reader page render as intended (the queue's flag: ConversationAdminIT). */
class ConversationViewsTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    private static Document render(String language, String template, Object model) throws Exception {
        return Jsoup.parse(new Views(TEMPLATES, Texts.load(TEMPLATES, Locale.forLanguageTag(language)))
                .render(template, model));
    }

    private static ConversationEditPage.LetterRow row(long id, String state, boolean up, boolean down) {
        return new ConversationEditPage.LetterRow(id, "Åsa " + XSS, "2011-07-12 09:00", "Hej! " + XSS, state, up, down);
    }

    private static ConversationEditPage edit(boolean isClosed, List<ConversationEditPage.LetterRow> letters) {
        ConversationForm form = new ConversationForm("Kompost " + XSS, "kompost", "Intro", "", "Miljö", true);
        return new ConversationEditPage("admin", "tok", "Sparat.", "kompost", "Kompost " + XSS, form, Map.of(), true,
                isClosed, "blog+abc@example.com", letters);
    }

    @Test
    void newFormShowsEachMessageOnItsFieldAndKeepsWhatWasTyped() throws Exception {
        ConversationForm typed = new ConversationForm("", "Kompost 2011", XSS, "", "Miljö", true);
        Document page = render("en", "admin/conversation-new.ftlh", new ConversationNewPage("admin", "tok", typed,
                typed.errors()));
        assertThat(page.select("#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#title").attr("aria-describedby")).isEqualTo("title-error");
        assertThat(page.select("#title-error").text()).contains("title");
        assertThat(page.select("#slug-error").text()).contains("a–z");
        assertThat(page.select("#slug").val()).isEqualTo("Kompost 2011");
        assertThat(page.select("#intro").text()).isEqualTo(XSS);
        assertThat(page.select("#intro").hasAttr("aria-invalid")).isFalse();
        assertThat(page.select("input[name=publish][value=now]").hasAttr("checked")).isTrue();
        assertThat(page.select("[role=alert]").text()).contains("title, slug");
        assertThat(page.select("script, img, [style]")).isEmpty();
    }

    @Test
    void editPageOffersMovesOnlyWhereALetterCanMove() throws Exception {
        Document page = render("en", "admin/conversation-edit.ftlh", edit(false, List.of(row(1, "published", false, true),
                row(2, "published", true, false), row(3, "removed", false, false), row(4, "pending", false, false))));
        assertThat(page.select("#letter-1 form").eachAttr("action")).containsExactly(
                "/admin/conversations/kompost/letters/1/move-down", "/admin/conversations/kompost/letters/1/remove",
                "/admin/conversations/kompost/letters/1/name");
        assertThat(page.select("#letter-2 form").eachAttr("action")).contains("/admin/conversations/kompost/letters/2/move-up");
        assertThat(page.select("#letter-3 form").eachAttr("action"))
                .containsExactly("/admin/conversations/kompost/letters/3/restore");
        assertThat(page.select("#letter-4 a").attr("href")).isEqualTo("/admin/#item-4");
        assertThat(page.select("form")).allSatisfy(f ->
                assertThat(f.select("input[name=X-XSRF-TOKEN]").attr("value")).isEqualTo("tok"));
        assertThat(page.select("script, img, [style]")).isEmpty();
    }

    @Test
    void editPageOffersCloseOrReopen() throws Exception {
        Document open = render("en", "admin/conversation-edit.ftlh", edit(false, List.of()));
        assertThat(open.select("form").eachAttr("action")).contains("/admin/conversations/kompost/close",
                "/admin/conversations/kompost/unpublish", "/admin/conversations/kompost");
        Document closed = render("en", "admin/conversation-edit.ftlh", edit(true, List.of()));
        assertThat(closed.select("form").eachAttr("action")).contains("/admin/conversations/kompost/reopen")
                .doesNotContain("/admin/conversations/kompost/close");
        assertThat(closed.select(".closed-mark").text()).isEqualTo("Closed to new letters");
    }

    @Test
    void editPageWithoutLettersSaysSo() throws Exception {
        Document page = render("en", "admin/conversation-edit.ftlh", edit(false, List.of()));
        assertThat(page.select("#letters + .empty").text()).startsWith("No letters yet.");
        assertThat(page.select("ol.letters-admin")).isEmpty();
    }

    @Test
    void closedConversationOffersNeitherReplyNorFollow() throws Exception {
        ConversationPage model = new ConversationPage("kompost", "12 juli 2011", "2011-07-12T09:00+02:00", "Kompost",
                List.of(List.of("Intro")), List.of(), List.of(), List.of(), "Inga brev ännu", "blog+t@example.com",
                "mailto:blog+t@example.com", true);
        Document page = render("sv", "reader/conversation.ftlh", model);
        assertThat(page.select("a.reply-cta, form.follow, a[href^=mailto]")).isEmpty();
        assertThat(page.select("p.closed").text()).isEqualTo("Samtalet är stängt för nya brev.");
    }

    @Test
    void conversationListLinksToEachPageAndToNew() throws Exception {
        ConversationsPage model = new ConversationsPage("admin", "tok", List.of(new ConversationsPage.Row("kompost",
                "Kompost", true, 2, "blog+a@example.com", "2011-07-12 08:30", true)), "");
        Document page = render("en", "admin/conversations.ftlh", model);
        assertThat(page.select("a[href=/admin/conversations/new]")).isNotEmpty();
        assertThat(page.select("#conversation-kompost a[href=/admin/conversations/kompost]")).isNotEmpty();
        assertThat(page.select("#conversation-kompost .closed-mark").text()).isEqualTo("Closed");
    }
}
