package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mail2blog.admin.SendersPage;
import org.mail2blog.support.Texts;
import org.mail2blog.sender.Senders;

/** The senders and spam page renders from sample models: escaped, a CSRF token in every form, clear empty states. */
class SenderViewsTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    private static Document render(SendersPage model) throws Exception {
        return Jsoup.parse(new Views(TEMPLATES, Texts.load(TEMPLATES, Locale.forLanguageTag("sv")))
                .render("admin/senders.ftlh", model));
    }

    private static SendersPage page(List<SendersPage.Sender> trusted, List<SendersPage.Sender> banned,
                                    List<SendersPage.Spam> spam, String notice) {
        return new SendersPage("redaktor", "tok", notice, trusted, banned, trusted.size() + banned.size(), spam,
                spam.size());
    }

    private static SendersPage.Spam spam(long id, String setAsideBy, String subject, List<String> lines) {
        return new SendersPage.Spam(id, 40 + id, "2011-07-12 10:00", "2011-07-12 10:01", setAsideBy, "Vinst Kontoret",
                "vinst@lotteri.example.com", subject, "Källsortering II", lines, true);
    }

    @Test
    void sendersAreListedEachWithAForgetForm() throws Exception {
        Document doc = render(page(
                List.of(new SendersPage.Sender("asa.oberg@example.com", "redaktor", "2011-07-12 08:30", 3, 1, 0)),
                List.of(new SendersPage.Sender("vinst@lotteri.example.com", "api", "2011-07-12 09:00", 0, 0, 2)),
                List.of(), ""));
        assertThat(doc.select("#trusted .sender-row .address").text()).isEqualTo("asa.oberg@example.com");
        assertThat(doc.select("#trusted .sender-row .decided").text()).isEqualTo("trusted by redaktor on 2011-07-12 08:30");
        assertThat(doc.select("#trusted .sender-row .history").text()).isEqualTo("3 published · 1 rejected · 0 spam");
        assertThat(doc.select("#banned .sender-row .decided").text()).startsWith("banned by api");
        assertThat(doc.select("#banned form.forget").attr("action")).isEqualTo("/admin/senders/forget");
        assertThat(doc.select("#banned form.forget input[name=address]").val()).isEqualTo("vinst@lotteri.example.com");
        assertThat(doc.select("#banned form.forget button").text()).isEqualTo("Forget this decision");
        assertThat(doc.select("#spam .empty").text()).isEqualTo("No letters in spam.");
    }

    @Test
    void spamLettersOfferTheRawMailAndNotSpam() throws Exception {
        Document doc = render(page(List.of(), List.of(), List.of(
                spam(7, "ban", "Du har vunnit!", List.of("Grattis!", "Klicka här.")),
                spam(5, "redaktor", "Erbjudande", List.of())), ""));
        assertThat(doc.select("#spam-7 h3").text()).isEqualTo("Letter 7: Du har vunnit!");
        assertThat(doc.select("#spam-7 .from").text()).isEqualTo("Vinst Kontoret <vinst@lotteri.example.com> banned");
        assertThat(doc.select("#spam-7 .set-aside").text()).isEqualTo("by the ban on its sender, 2011-07-12 10:01");
        assertThat(doc.select("#spam-5 .set-aside").text()).startsWith("by redaktor,");
        assertThat(doc.select("#spam-7 .excerpt").text()).isEqualTo("Grattis! Klicka här.");
        assertThat(doc.select("#spam-7 .excerpt br")).hasSize(1);
        assertThat(doc.select("#spam-5 .excerpt").text()).isEqualTo("No text of its own.");
        assertThat(doc.select("#spam-7 a[href=/admin/messages/47/raw]")).hasSize(1);
        assertThat(doc.select("#spam-7 form.not-spam").attr("action")).isEqualTo("/admin/queue/7/not-spam");
        assertThat(doc.select("#spam-7 form.not-spam").attr("method")).isEqualTo("post");
        assertThat(doc.select("#trusted .empty").text()).isEqualTo("No trusted senders.");
        assertThat(doc.select("#banned .empty").text()).isEqualTo("No banned senders.");
    }

    @Test
    void everyFormCarriesTheCsrfTokenAndNothingRuns() throws Exception {
        Document doc = render(page(
                List.of(new SendersPage.Sender("asa" + XSS + "@example.com", XSS, "2011-07-12 08:30", 0, 0, 0)),
                List.of(), List.of(spam(7, XSS, XSS, List.of(XSS))), "Letter 7 " + XSS));
        assertThat(doc.select("form")).hasSizeGreaterThanOrEqualTo(3).allSatisfy(f ->
                assertThat(f.select("input[name=X-XSRF-TOKEN]").val()).isEqualTo("tok"));
        assertThat(doc.select("script, img, [onerror], [style], style")).isEmpty();
        assertThat(doc.select("form.forget input[name=address]").val()).isEqualTo("asa" + XSS + "@example.com");
        assertThat(doc.select("#spam-7 .excerpt").text()).isEqualTo(XSS);
        assertThat(doc.select("p[role=status]").text()).isEqualTo("Letter 7 " + XSS);
    }

    @Test
    void theNavigationLeadsHereAndTheCountsSayWhenTheListIsCut() throws Exception {
        SendersPage cut = new SendersPage("redaktor", "tok", "", List.of(), List.of(
                new SendersPage.Sender("vinst@lotteri.example.com", "api", "2011-07-12 09:00", 0, 0, 2)), 812,
                List.of(spam(7, "ban", "Du har vunnit!", List.of())), 640);
        Document doc = render(cut);
        assertThat(doc.select("nav.admin-nav a[href=/admin/senders]").text()).isEqualTo("Senders");
        assertThat(doc.select("p.meta").eachText()).contains("The newest 1 of 812 decisions are shown.",
                "The newest 1 of 640 spam letters are shown.");
    }
}
