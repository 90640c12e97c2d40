package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mail2blog.admin.CutLines;
import org.mail2blog.admin.QuarantinePage;
import org.mail2blog.admin.QueueItemPage;
import org.mail2blog.admin.QueuePage;
import org.mail2blog.admin.Review;
import org.mail2blog.sender.SenderHistory;
import org.mail2blog.reader.ConversationPage;
import org.mail2blog.support.Paragraphs;
import org.mail2blog.support.Texts;
import org.mail2blog.testing.SampleReviews;

/** The admin's view of pending letters and of the quarantine, rendered from sample models. */
class AdminViewsTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    private static Document render(String template, Object model) throws Exception {
        return Jsoup.parse(new Views(TEMPLATES, Texts.load(TEMPLATES, Locale.forLanguageTag("sv"))).render(template, model));
    }

    private static QueuePage.Item item(long id, Review review) {
        return new QueuePage.Item(id, "Källsortering II", "kallsortering-ii", true, "Åsa Öberg", "asa.oberg@example.com",
                "Sv: Källsortering II", "2011-07-12 08:30", "Hej!\n\nVi har kompost.", "", "REPLY_ADDRESS", false, false,
                review);
    }

    private static Document queue(QueuePage.Item... items) throws Exception {
        return render("admin/queue.ftlh", new QueuePage("admin", "tok", List.of(items), 0, 0, "", List.of()));
    }

    @Test
    void pendingLetterIsShownWithTheReadersOwnMarkup() throws Exception {
        String body = "Hej!\n\nVi har kompost på gården.\nMvh Åsa";
        Document queue = queue(item(7, SampleReviews.plain(7, body)));
        Document reader = render("reader/conversation.ftlh", new ConversationPage("kallsortering-ii", "11 juli 2011",
                "2011-07-11", "Källsortering II", List.of(), List.of(new ConversationPage.Letter(7, "Åsa Öberg",
                "12 juli 2011 kl. 08:30", "2011-07-12T08:30+02:00", Paragraphs.of(body))), List.of(), List.of(),
                "1 brev", "blog+t@example.com", "mailto:blog+t@example.com"));

        assertThat(queue.select("#item-7 .preview article.letter").outerHtml())
                .isEqualTo(reader.select("article.letter").outerHtml());
    }

    @Test
    void headerShowsTheSenderAddressAndHistoryToTheAdmin() throws Exception {
        Review review = SampleReviews.review(7, "Hej", SampleReviews.original("Hej", "", List.of(), List.of()),
                SampleReviews.flags(false, List.of()), new SenderHistory.Counts(2, 1, 0));

        Document page = queue(item(7, review));

        assertThat(page.select("#item-7 h2 a").attr("href")).isEqualTo("/admin/queue/7");
        assertThat(page.select("#item-7 .facts").text()).contains("asa.oberg@example.com")
                .contains("2 published · 1 rejected · 0 spam");
    }

    @Test
    void firstLetterOfAnAddressSaysSo() throws Exception {
        assertThat(queue(item(7, SampleReviews.plain(7, "Hej"))).select("#item-7 .history").text())
                .isEqualTo("No earlier decided letters from this address");
    }

    @Test
    void originalTextIsEscapedAndTheHtmlPartSanitised() throws Exception {
        Review.Original original = SampleReviews.original("Hej " + XSS, "<p style=\"color:red\">Hej Åsa!</p>" + XSS
                + "<style>p { display: none }</style><a href=\"https://tracker.example.com/c\">läs mer</a>",
                List.of(), List.of());
        Document page = queue(item(7, SampleReviews.review(7, "Hej", original, SampleReviews.flags(false, List.of()))));

        assertThat(page.select("#item-7 pre.mail-text").text()).isEqualTo("Hej " + XSS);
        assertThat(page.select("#item-7 .mail-html p").eachText()).contains("Hej Åsa!");
        assertThat(page.select("#item-7 .mail-html").text()).contains("läs mer (https://tracker.example.com/c)");
        assertThat(page.select("script, img, style, [style], [onerror], .mail-html a")).isEmpty();
        assertThat(page.select("#item-7 details.original a").attr("href")).isEqualTo("/admin/messages/107/raw");
    }

    @Test
    void attachmentsAreListedAndFlagged() throws Exception {
        Review.Original original = SampleReviews.original("Se bilagan.", "", List.of(
                new Review.File("protokoll.pdf", "application/pdf", "19 bytes"),
                new Review.File("bild " + XSS + ".png", "image/png", "1.2 MB")), List.of());
        Review review = SampleReviews.review(7, "Se bilagan.", original, new Review.Flags(false, "1.3 MB", true, List.of()));

        Document page = queue(item(7, review));

        assertThat(page.select("#item-7 .flag.attachments")).hasSize(1);
        assertThat(page.select("#item-7 details.original summary").text()).isEqualTo("Original mail · 2 attachments");
        assertThat(page.select("#item-7 .attachments li").eachText()).containsExactly(
                "protokoll.pdf (application/pdf, 19 bytes)", "bild " + XSS + ".png (image/png, 1.2 MB)");
    }

    @Test
    void cutLinesAreMarkedInTheOriginalText() throws Exception {
        List<CutLines.Line> lines = List.of(new CutLines.Line("Hej!", false), new CutLines.Line("", false),
                new CutLines.Line("Den 11 juli 2011 skrev Roger:", true), new CutLines.Line("> Tack " + XSS, true));
        Review review = SampleReviews.review(7, "Hej!", SampleReviews.original("Hej!", "", List.of(), lines),
                SampleReviews.flags(false, List.of()));

        Document page = queue(item(7, review));

        assertThat(page.select("#item-7 .cut-view del.cut").eachText())
                .containsExactly("Den 11 juli 2011 skrev Roger:", "> Tack " + XSS);
        assertThat(page.select("#item-7 .cut-view span.kept")).hasSize(2).first()
                .satisfies(kept -> assertThat(kept.text()).isEqualTo("Hej!"));
        assertThat(page.select("#item-7 details.cuts summary").text()).isEqualTo("What the trimmer cut away (2 of 4 lines)");
        assertThat(page.select("#item-7 .legend").text()).isEqualTo("cut away kept");
    }

    @Test
    void cutTextThatCannotBePlacedIsShownAsABlock() throws Exception {
        Review.Original original = new Review.Original("", true, "Hej!", SampleReviews.original("", "", List.of(),
                List.of()).html(), List.of(), List.of(), false, "> gammalt " + XSS);
        Document page = queue(item(7, SampleReviews.review(7, "Hej!", original, SampleReviews.flags(false, List.of()))));

        assertThat(page.select("#item-7 pre.removed").text()).isEqualTo("> gammalt " + XSS);
        assertThat(page.select("#item-7 .cut-view")).isEmpty();
    }

    @Test
    void largeMailAndRepairWarningsAreFlagged() throws Exception {
        Review review = SampleReviews.review(7, "Hej", SampleReviews.original("Hej", "", List.of(), List.of()),
                SampleReviews.flags(true, List.of("charset-fallback: declared charset 'x-unknown' unknown; UTF-8 used")));

        Document page = queue(item(7, review));

        assertThat(page.select("#item-7 .flag.large").text()).contains("2.4 MB");
        assertThat(page.select("#item-7 .flag.warnings li").eachText())
                .containsExactly("charset-fallback: declared charset 'x-unknown' unknown; UTF-8 used");
    }

    @Test
    void emptyQueueSaysSoAndCountsTheQuarantine() throws Exception {
        Document page = render("admin/queue.ftlh", new QueuePage("admin", "tok", List.of(), 0, 3, "", List.of()));

        assertThat(page.select(".empty").text()).isEqualTo("Nothing waits for approval.");
        assertThat(page.select(".quarantine-summary").text()).startsWith("No mail in quarantine.")
                .contains("3 automatic mails");
        assertThat(page.select("nav a[href=/admin/quarantine]")).hasSize(1);
    }

    @Test
    void itemPageShowsTheOriginalAndTheCutsOpenWithTheDecisionForms() throws Exception {
        List<CutLines.Line> lines = List.of(new CutLines.Line("Hej!", false), new CutLines.Line("> gammalt", true));
        Review review = SampleReviews.review(7, "Hej!", SampleReviews.original("Hej!\n> gammalt", "", List.of(), lines),
                SampleReviews.flags(false, List.of()));

        Document page = render("admin/queue-item.ftlh", new QueueItemPage("admin", "tok", item(7, review), List.of()));

        assertThat(page.select("#item-7 details[open]")).hasSize(2);
        assertThat(page.select("#item-7 form").eachAttr("action")).contains("/admin/queue/7/approve", "/admin/queue/7/reject");
        assertThat(page.select("form")).allSatisfy(f ->
                assertThat(f.select("input[name=X-XSRF-TOKEN]").attr("value")).isEqualTo("tok"));
    }

    @Test
    void quarantineListsEachMailWithItsErrorRawLinkAndReplayForm() throws Exception {
        QuarantinePage model = new QuarantinePage("admin", "tok", List.of(new QuarantinePage.Mail(9, "m@example.com",
                "2011-07-12 08:31", "UNEXPECTED_ERROR", "IllegalStateException: " + XSS, "2.1 kB")), 1,
                List.of(new QuarantinePage.Mail(10, "", "2011-07-12 08:32", "AUTO_REPLY", "Autosvar", "900 bytes")), 1, "");

        Document page = render("admin/quarantine.ftlh", model);

        assertThat(page.select("#mail-9 h2").text()).isEqualTo("Mail 9: UNEXPECTED_ERROR");
        assertThat(page.select("#mail-9 pre.error-detail").text()).isEqualTo("IllegalStateException: " + XSS);
        assertThat(page.select("#mail-9 a").attr("href")).isEqualTo("/admin/messages/9/raw");
        assertThat(page.select("#mail-9 form").attr("action")).isEqualTo("/admin/quarantine/9/replay");
        assertThat(page.select("form")).allSatisfy(f ->
                assertThat(f.select("input[name=X-XSRF-TOKEN]").attr("value")).isEqualTo("tok"));
        assertThat(page.select("#mail-10.ignored").text()).contains("no Message-ID").contains("AUTO_REPLY: Autosvar");
        assertThat(page.select("#mail-10 a").attr("href")).isEqualTo("/admin/messages/10/raw");
        assertThat(page.select("#mail-10 form")).isEmpty();
        assertThat(page.select("script, img")).isEmpty();
    }

    @Test
    void emptyQuarantineSaysSo() throws Exception {
        Document page = render("admin/quarantine.ftlh", new QuarantinePage("admin", "tok", List.of(), 0, List.of(), 0,
                "Mail 4 failed again and is back in quarantine; its new error is shown below."));

        assertThat(page.select(".empty").eachText()).containsExactly("No mail in quarantine.", "None.");
        assertThat(page.select("[role=status]").text()).contains("failed again");
    }
}
