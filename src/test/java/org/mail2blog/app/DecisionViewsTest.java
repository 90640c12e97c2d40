package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.mail2blog.testing.SampleReviews;
import org.junit.jupiter.api.Test;
import org.mail2blog.admin.AuditPage;
import org.mail2blog.admin.EditPage;
import org.mail2blog.admin.QueuePage;
import org.mail2blog.support.Texts;

/** The decision forms of the queue, the edit page and the audit log page render, escaped, without script. */
class DecisionViewsTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final String XSS = "<script>alert(1)</script>";

    private static Document render(String template, Object model) throws Exception {
        Views views = new Views(TEMPLATES, Texts.load(TEMPLATES, Locale.forLanguageTag("en")));
        return Jsoup.parse(views.render(template, model));
    }

    private static QueuePage queue(QueuePage.Item... items) {
        return new QueuePage("admin", "tok", List.of(items), 0, 0, "", List.of(
                new QueuePage.Choice("kompost", "Kompost", true), new QueuePage.Choice("annat", "Annat", false)));
    }

    private static QueuePage.Item item(long id, String slug, String matchedBy) {
        return new QueuePage.Item(id, slug.isEmpty() ? "" : "Kompost", slug, !slug.isEmpty(), "Åsa",
                "asa@example.com", "Sv: Kompost", "2011-07-12 08:30", "Hej!", "", matchedBy, false, false,
                SampleReviews.plain(id, "Hej!"));
    }

    @Test
    void aMatchedLetterOffersEveryDecision() throws Exception {
        Document page = render("admin/queue.ftlh", queue(item(3, "kompost", "REPLY_ADDRESS")));
        assertThat(page.select("#item-3 form.approve button").eachText())
                .containsExactly("Approve", "Approve and trust the sender");
        assertThat(page.select("#item-3 form.approve button[name=trust]").attr("value")).isEqualTo("true");
        assertThat(page.select("#item-3 a.edit").attr("href")).isEqualTo("/admin/queue/3/edit");
        assertThat(page.select("#item-3 form.reject input[name=reason]").attr("maxlength")).isEqualTo("1000");
        assertThat(page.select("#item-3 form.reject label").text()).contains("mailed to the sender");
        assertThat(page.select("#item-3 form.spam").attr("action")).isEqualTo("/admin/queue/3/spam");
        assertThat(page.select("#item-3 form.attach label").text()).isEqualTo("Move to another conversation");
        assertThat(page.select("#item-3 form.attach option").eachAttr("value")).containsExactly("annat");
        assertThat(page.select("#item-3 form.new-conversation")).isEmpty();
        assertThat(page.select("form")).allSatisfy(f ->
                assertThat(f.select("input[name=X-XSRF-TOKEN]").attr("value")).isEqualTo("tok"));
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void anUnmatchedLetterCanStartAConversationButNotBeApproved() throws Exception {
        Document page = render("admin/queue.ftlh", queue(item(4, "", "NONE")));
        assertThat(page.select("#item-4 form.approve, #item-4 a.edit")).isEmpty();
        assertThat(page.select("#item-4 form.attach label").text()).isEqualTo("Attach to conversation");
        assertThat(page.select("#item-4 form.new-conversation").attr("action"))
                .isEqualTo("/admin/queue/4/new-conversation");
    }

    @Test
    void everyItemHasACheckboxOfTheOneBulkForm() throws Exception {
        Document page = render("admin/queue.ftlh", queue(item(3, "kompost", "REPLY_ADDRESS"), item(4, "", "NONE")));
        assertThat(page.select("form#bulk").attr("action")).isEqualTo("/admin/queue/bulk");
        assertThat(page.select("form#bulk input[name=X-XSRF-TOKEN]").attr("value")).isEqualTo("tok");
        assertThat(page.select("form#bulk button[name=decision]").eachAttr("value")).containsExactly("approve", "reject");
        assertThat(page.select("input[type=checkbox][name=id]")).extracting(e -> e.attr("value") + "@" + e.attr("form"))
                .containsExactly("3@bulk", "4@bulk");
        assertThat(render("admin/queue.ftlh", queue()).select("form#bulk")).isEmpty();
    }

    @Test
    void theEditPageIsPrefilledAndShowsARefusalOnTheField() throws Exception {
        EditPage fresh = new EditPage("admin", "tok", 7, "Kompost", "Åsa", "Sv: Kompost", "Hej!\n\n" + XSS,
                "> gammalt", 100_000, "");
        Document page = render("admin/edit.ftlh", fresh);
        assertThat(page.select("form.edit-letter").attr("action")).isEqualTo("/admin/queue/7/edit");
        assertThat(page.select("form.edit-letter input[name=X-XSRF-TOKEN]").attr("value")).isEqualTo("tok");
        assertThat(page.select("textarea[name=body]").val()).isEqualTo("Hej!\n\n" + XSS);
        assertThat(page.select("pre.removed").text()).isEqualTo("> gammalt");
        assertThat(page.select(".error, script")).isEmpty();
        EditPage refused = new EditPage("admin", "tok", 7, "Kompost", "Åsa", "Sv: Kompost", "", "", 100_000,
                "Write the text to publish.");
        Document again = render("admin/edit.ftlh", refused);
        assertThat(again.select("textarea").attr("aria-invalid")).isEqualTo("true");
        assertThat(again.select("#body-error").text()).isEqualTo("Write the text to publish.");
    }

    @Test
    void theAuditLogListsWhoDidWhatOnWhatEscaped() throws Exception {
        AuditPage model = new AuditPage("admin", "tok", List.of(
                new AuditPage.Row("2011-07-12 08:31:00", "api", "reject", "letter 4", "Utanför ämnet " + XSS),
                new AuditPage.Row("2011-07-12 08:30:00", "admin", "approve", "letter 3", "")), 200);
        Document page = render("admin/audit.ftlh", model);
        assertThat(page.select("table.audit tbody tr")).hasSize(2);
        assertThat(page.select("table.audit tbody tr").first().select("td").eachText())
                .containsExactly("2011-07-12 08:31:00", "api", "reject", "letter 4", "Utanför ämnet " + XSS);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("nav.admin-nav a[href=/admin/audit]")).hasSize(1);
        assertThat(render("admin/audit.ftlh", new AuditPage("admin", "tok", List.of(), 200)).select(".empty").text())
                .isEqualTo("No decisions recorded yet.");
    }
}
