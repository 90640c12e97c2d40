package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mail2blog.testing.OutboxMails.text;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.Imap;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.EmbeddedApp;
import org.mail2blog.testing.TestApp;
import org.mail2blog.testing.TestDatabase;

/**
 * The admin's decisions through the logged-in web forms, on the real application with its embedded
 * SMTP/IMAP server: a reply rejected with a reason reaches its sender as a mail with that reason;
 * an edited reply is published as edited while the trimmed text and the mail are kept; a bulk
 * approval decides each ticked letter on its own.
 */
class DecisionDeskIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CONVERSATION = "/t/kallsortering-ii";
    @RegisterExtension
    static final EmbeddedApp site = new EmbeddedApp();

    @Test
    void aReplyRejectedWithAReasonOnTheWebBringsItsSenderTheReason() throws Exception {
        String to = site.app().sampleReplyAddress();
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/desk-rejected-reply.eml", to), to);
        String id = site.app().awaitQueued("Märta Ågren", WAIT).get("id").asText();
        Http browser = site.app().loggedIn();
        Document queue = Jsoup.parse(browser.get("/admin/").body());
        assertThat(queue.select("#item-" + id + " form.reject input[name=reason]")).hasSize(1);

        String reason = "Ditt brev handlar om gräsklippare, inte om källsortering. Skriv gärna igen om sopor på gården!";
        HttpResponse<String> rejected = browser.postForm("/admin/queue/" + id + "/reject",
                Map.of("X-XSRF-TOKEN", TestApp.csrf(queue), "reason", reason));
        assertThat(rejected.statusCode()).isEqualTo(303);
        Document after = Jsoup.parse(browser.get("/admin/").body());
        assertThat(after.select("p[role=status]").text()).startsWith("Letter " + id + " rejected");
        assertThat(after.select("#item-" + id)).isEmpty();

        MimeMessage mail = awaitMail("marta.agren@example.com", "Ditt brev publicerades inte");
        assertThat(mail.getSubject()).startsWith("Ditt brev publicerades inte: Källsortering II");
        assertThat(text(mail)).contains("Hej Märta Ågren!").contains(reason);
        assertThat(mail.getHeader("In-Reply-To")).containsExactly("<e2e-desk-rejected-1@example.com>");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(auditRow(browser, "letter " + id)).containsExactly("admin", "reject", "letter " + id,
                reason + " [reason mailed to the sender]");
    }

    @Test
    void anEditedReplyIsPublishedAsEditedWhileTheTrimmedTextAndTheMailAreKept() throws Exception {
        String to = site.app().sampleReplyAddress();
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/desk-edited-reply.eml", to), to);
        String id = site.app().awaitQueued("Örjan Lind", WAIT).get("id").asText();
        Http browser = site.app().loggedIn();
        Document form = Jsoup.parse(browser.get("/admin/queue/" + id + "/edit").body());
        String trimmed = form.select("textarea[name=body]").val();
        assertThat(trimmed).contains("att grannarna själva bar ut kartongerna förra veckan.");

        HttpResponse<String> blank = browser.postForm("/admin/queue/" + id + "/edit",
                Map.of("X-XSRF-TOKEN", TestApp.csrf(form), "body", " \r\n "));
        assertThat(blank.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(blank.body());
        assertThat(again.select("#body-error").text()).contains("an empty letter cannot be published");
        String edited = trimmed.replace("förra veckan.", "förra veckan – tack, grannar!")
                .replace("\n", "\r\n");
        HttpResponse<String> published = browser.postForm("/admin/queue/" + id + "/edit",
                Map.of("X-XSRF-TOKEN", TestApp.csrf(again), "body", edited));
        assertThat(published.statusCode()).isEqualTo(303);

        String page = Jsoup.parse(site.app().http().get(CONVERSATION).body()).select("#letter-" + id).text();
        assertThat(page).contains("Örjan Lind").contains("själva bar ut kartongerna förra veckan – tack, grannar!");
        assertThat(row(id, "body")).contains("kartongerna förra veckan.").doesNotContain("tack, grannar");
        assertThat(row(id, "edited_body")).contains("tack, grannar!").doesNotContain("\r");
        assertThat(new String(stored(id), StandardCharsets.UTF_8)).contains("kartongerna förra veckan.")
                .doesNotContain("tack, grannar");
        assertThat(auditRow(browser, "letter " + id)).startsWith("admin", "edit-and-approve");
    }

    @Test
    void aBulkApprovalDecidesEachTickedLetterOnItsOwn() {
        String to = site.app().sampleReplyAddress();
        sendBulkLetter(to, "Gun Ek", "gun.ek@example.com", "Vi har fått en ny kompostkvarn på gården.");
        sendBulkLetter(to, "Per Ek", "per.ek@example.com", "Pappersinsamlingen flyttar till måndagar.");
        String gun = site.app().awaitQueued("Gun Ek", WAIT).get("id").asText();
        String per = site.app().awaitQueued("Per Ek", WAIT).get("id").asText();
        Http browser = site.app().loggedIn();
        Document queue = Jsoup.parse(browser.get("/admin/").body());
        assertThat(queue.select("input[type=checkbox][form=bulk][value=" + gun + "]")).hasSize(1);

        HttpResponse<String> bulk = browser.postForm("/admin/queue/bulk", List.of(
                Map.entry("X-XSRF-TOKEN", TestApp.csrf(queue)), Map.entry("id", gun), Map.entry("id", per),
                Map.entry("id", "999999"), Map.entry("decision", "approve")));
        assertThat(bulk.statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(browser.get("/admin/").body()).select("p[role=status]").text())
                .isEqualTo("2 of 3 letters published (" + gun + ", " + per + "). Not done: letter 999999: no such letter.");
        assertThat(Jsoup.parse(site.app().http().get(CONVERSATION).body()).text())
                .contains("ny kompostkvarn på gården").contains("flyttar till måndagar");
    }

    private static void sendBulkLetter(String to, String name, String address, String text) {
        String raw = new String(Mails.fixture("e2e/desk-bulk-letter.eml", to), StandardCharsets.UTF_8)
                .replace("${name}", name).replace("${address}", address).replace("${text}", text);
        Mails.send(site.app().settings().embeddedSmtpPort(), raw.getBytes(StandardCharsets.UTF_8), to);
    }

    /** The audit log page's row about {@code target} (who, what, on what, detail), the newest one. */
    private static List<String> auditRow(Http browser, String target) {
        Document audit = Jsoup.parse(browser.get("/admin/audit").body());
        Element row = audit.select("table.audit tbody tr").stream()
                .filter(tr -> tr.select("td.target").text().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError("no audit entry for " + target));
        return row.select("td").stream().skip(1).map(Element::text).toList();
    }

    private static MimeMessage awaitMail(String address, String subjectStart) {
        return Eventually.await("a mail '" + subjectStart + "' to " + address, WAIT, () ->
                Imap.inbox(site.app().settings().embeddedImapPort(), address, address).stream()
                        .filter(m -> subject(m).startsWith(subjectStart)).findFirst());
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject() == null ? "" : mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A column of the letter's row, read straight from the application's database. */
    private static String row(String letterId, String column) throws SQLException {
        return query("SELECT " + column + " FROM letter WHERE id = ?", letterId, rs -> rs.getString(1));
    }

    /** The raw bytes of the mail the letter was read from, as stored. */
    private static byte[] stored(String letterId) throws SQLException {
        return query("SELECT m.raw FROM message m JOIN letter l ON l.message_key = m.id WHERE l.id = ?", letterId,
                rs -> rs.getBytes(1));
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T query(String sql, String letterId, Column<T> column) throws SQLException {
        try (Connection c = TestDatabase.connect(site.app().settings().dbUrl());
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, Long.parseLong(letterId));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no letter " + letterId);
                }
                return column.read(rs);
            }
        }
    }
}
