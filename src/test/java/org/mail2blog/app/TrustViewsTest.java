package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mail2blog.admin.QueuePage;
import org.mail2blog.notify.LetterPending;
import org.mail2blog.notify.MailTemplates;
import org.mail2blog.support.Texts;
import org.mail2blog.testing.SampleReviews;

/** The authentication verdict and the trusted-but-unauthenticated flag, on the queue page and in the admin's mail. */
class TrustViewsTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final String XSS = "<script>alert(1)</script>";

    private static QueuePage queue(String status, String explanation, boolean isTrustUnverified) {
        return new QueuePage("admin", "tok", List.of(new QueuePage.Item(8, "Cykelförrådet", "cykel", true,
                "Ingrid Holm", "ingrid.holm@example.com", "Sv: Cykelförrådet", "2011-07-12 08:30", "Hej!", "",
                "REPLY_ADDRESS", false, false, status, explanation, isTrustUnverified, false, SampleReviews.plain(8, "Hej!"))),
                0, 0, "", List.of());
    }

    private static Document render(QueuePage model) throws Exception {
        return Jsoup.parse(new Views(TEMPLATES, Texts.load(TEMPLATES, Locale.ENGLISH)).render("admin/queue.ftlh", model));
    }

    @Test
    void queueItemShowsTheVerdictAndItsExplanationEscaped() throws Exception {
        Document page = render(queue("FAIL", "DKIM pass for mailer.example.net does not align with From example.com."
                + " Ignored: 1 header from an authserv-id that is not trusted (" + XSS + ").", false));
        assertThat(page.select("#item-8 dd.auth.auth-fail").text()).startsWith("FAIL")
                .contains("does not align with From example.com").contains(XSS);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("#item-8 .trust-unverified")).isEmpty();
    }

    @Test
    void trustedSenderWithoutAuthenticationIsFlagged() throws Exception {
        Document page = render(queue("NONE", "No Authentication-Results from mx.blog.example.", true));
        assertThat(page.select("#item-8 .flag.trust-unverified").text())
                .startsWith("Claims to be a trusted sender but the mail is not authenticated");
    }

    @Test
    void adminsPendingMailWarnsInTextAndHtmlOnlyWhenTrustIsUnverified() throws Exception {
        Texts texts = Texts.load(TEMPLATES, Locale.ENGLISH);
        MailTemplates templates = new MailTemplates(TEMPLATES, texts.asMap(), texts.locale());
        LetterPending flagged = new LetterPending(8, "redaktor@example.com", "Ingrid Holm", true, "Cykelförrådet",
                "Hej!", "12 juli 2011", "http://blog.example.com/admin/", Optional.of(1L), "blog+mod-8-x@example.com",
                Optional.empty(), "No Authentication-Results from mx.blog.example.");
        MailTemplates.Rendered mail = templates.render("pending", flagged);
        String warning = "Claims to be a trusted sender but the mail is not authenticated";
        assertThat(mail.text()).contains(warning).contains("No Authentication-Results from mx.blog.example.");
        assertThat(Jsoup.parse(mail.html()).text()).contains(warning);
        LetterPending plain = new LetterPending(9, "redaktor@example.com", "Ingrid Holm", true, "Cykelförrådet",
                "Hej!", "12 juli 2011", "http://blog.example.com/admin/", Optional.of(1L), "blog+mod-9-x@example.com",
                Optional.empty());
        assertThat(templates.render("pending", plain).text()).doesNotContain(warning);
    }
}
