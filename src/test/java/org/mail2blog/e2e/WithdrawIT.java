package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Imap;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.EmbeddedApp;
import org.mail2blog.testing.TestApp;

/**
 * A writer takes a letter back with the link from the acknowledgement, after it was published; and
 * a letter that quotes our own reply address and a private link is published without them.
 */
class WithdrawIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CONVERSATION = "/t/kallsortering-ii";
    @RegisterExtension
    static final EmbeddedApp site = new EmbeddedApp();

    @Test
    void publishedLetterIsWithdrawnWithTheLinkFromTheAcknowledgement() throws Exception {
        String to = site.app().sampleReplyAddress();
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/withdrawn-after-approval.eml", to), to);
        String writer = "ingrid.sjoberg@example.com";
        MimeMessage ack = Eventually.await("the acknowledgement in the writer's mailbox", WAIT, () ->
                Imap.inbox(site.app().settings().embeddedImapPort(), writer, writer).stream().findFirst());
        String link = withdrawPath(part(ack, 0));
        assertThat(part(ack, 1)).contains("href=\"" + site.app().settings().baseUrl() + link + "\"");

        String id = awaitQueued("Ingrid Sjöberg").get("id").asText();
        assertThat(site.app().http().post("/admin/api/queue/" + id + "/approve", TestApp.API_TOKEN).statusCode())
                .isEqualTo(200);
        int published = letterCount();

        HttpResponse<String> confirm = site.app().http().get(link);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document confirmPage = Jsoup.parse(confirm.body());
        assertThat(confirmPage.select("script")).isEmpty();
        assertThat(confirmPage.select(".letter .author").text()).isEqualTo("Ingrid Sjöberg");
        assertThat(confirmPage.select(".letter").text()).contains("18 juli 2011").contains("glasburkarna i en låda");
        assertThat(confirmPage.select("form[method=post]").attr("action")).isEqualTo(link);
        assertThat(page().select("#letter-" + id)).as("a GET withdraws nothing").hasSize(1);

        HttpResponse<String> withdrawn = site.app().http().postForm(link, Map.of());
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(withdrawn.body()).select("h1").text()).isEqualTo("Ditt brev är tillbakadraget");

        Document page = page();
        assertThat(page.select("#letter-" + id)).isEmpty();
        assertThat(page.text()).doesNotContain("glasburkarna i en låda");
        assertThat(letterCount()).isEqualTo(published - 1);
        assertThat(site.app().http().get("/admin/api/queue", TestApp.API_TOKEN).body()).doesNotContain("Ingrid Sjöberg");
        assertThat(site.app().http().post("/admin/api/queue/" + id + "/approve", TestApp.API_TOKEN).statusCode())
                .isEqualTo(409);

        HttpResponse<String> again = site.app().http().postForm(link, Map.of());
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(again.body()).select("h1").text()).isEqualTo("Det här brevet är redan borta");
        assertThat(site.app().http().get(link).statusCode()).isEqualTo(410);
    }

    @Test
    void unknownWithdrawLinkIsTheNotFoundPage() {
        for (String path : new String[] {"/withdraw/abcdefghijkmnpqrstuvwxyz23456789", "/withdraw/short"}) {
            HttpResponse<String> get = site.app().http().get(path);
            assertThat(get.statusCode()).isEqualTo(404);
            assertThat(get.body()).contains("Sidan finns inte");
            assertThat(site.app().http().postForm(path, Map.of()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void quotedReplyAddressAndUnsubscribeLinkNeverReachThePage() throws Exception {
        String to = site.app().sampleReplyAddress();
        String base = site.app().settings().baseUrl();
        byte[] raw = new String(Mails.fixture("e2e/quotes-our-reply-address.eml", to), StandardCharsets.UTF_8)
                .replace("${base}", base).getBytes(StandardCharsets.UTF_8);
        Mails.send(site.app().settings().embeddedSmtpPort(), raw, to);
        String id = awaitQueued("Olof Dahl").get("id").asText();
        assertThat(site.app().http().post("/admin/api/queue/" + id + "/approve", TestApp.API_TOKEN).statusCode())
                .isEqualTo(200);

        String token = to.substring(to.indexOf('+') + 1, to.indexOf('@'));
        Document page = page();
        String letter = page.select("#letter-" + id).outerHtml();
        assertThat(letter).contains("Pantburkarna bär vi till affären").contains("[svarsadress]")
                .contains("[länk borttagen]").doesNotContain(token).doesNotContain("/unsubscribe/")
                .doesNotContain("q8w2e4r6t8y2u4i6o8p2a4s6d8f2g4h6");
        assertThat(page.text()).doesNotContain(token).doesNotContain("/unsubscribe/");
        assertThat(page.outerHtml()).doesNotContain("/unsubscribe/");
    }

    /** The path of the withdraw link in the acknowledgement's text. */
    private static String withdrawPath(String text) {
        Matcher m = Pattern.compile(Pattern.quote(site.app().settings().baseUrl()) + "(/withdraw/[a-z0-9]{32})\\b").matcher(text);
        assertThat(m.find()).as("a withdraw link in:\n" + text).isTrue();
        return m.group(1);
    }

    private static String part(MimeMessage mail, int index) throws MessagingException, IOException {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(index).getContent();
    }

    private static Document page() {
        return Jsoup.parse(site.app().http().get(CONVERSATION).body());
    }

    private static int letterCount() {
        return Integer.parseInt(page().select("p.count").text().replaceAll("\\D", ""));
    }

    private static JsonNode awaitQueued(String fromName) {
        return site.app().awaitQueued(fromName, WAIT);
    }
}
