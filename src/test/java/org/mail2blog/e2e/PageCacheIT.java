package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.EmbeddedApp;
import org.mail2blog.testing.TestApp;

/**
 * The reader's pages on the real service: validators and 304 answers, a new ETag once a letter is
 * approved through the admin API, gzip when the client asks for it, and no caching of admin pages.
 */
class PageCacheIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PAGE = "/t/kallsortering-ii";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    @RegisterExtension
    static final EmbeddedApp site = new EmbeddedApp();

    private static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.app().settings().baseUrl() + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aPageCarriesValidatorsAndARepeatedRequestGetsAnEmpty304() throws Exception {
        HttpResponse<byte[]> first = get(PAGE);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        HttpResponse<byte[]> byTag = get(PAGE, "If-None-Match", etag);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
        HttpResponse<byte[]> byDate = get(PAGE, "If-Modified-Since", lastModified);
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(get(PAGE, "If-None-Match", "W/\"stale\"").statusCode()).isEqualTo(200);
    }

    @Test
    void anApprovedLetterChangesThePageAndItsETag() throws Exception {
        HttpResponse<byte[]> before = get(PAGE);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        String index = get("/").headers().firstValue("ETag").orElseThrow();
        String raw = new String(Mails.fixture("e2e/desk-api-letter.eml", site.app().sampleReplyAddress()), StandardCharsets.UTF_8)
                .replace("${name}", "Greta Cache").replace("${address}", "greta@example.com")
                .replace("${subject}", "Sv: Kallsortering II")
                .replace("${text}", "Vi har en maskkompost under diskbänken.");
        Mails.send(site.app().settings().embeddedSmtpPort(), raw.getBytes(StandardCharsets.UTF_8), site.app().sampleReplyAddress());
        String id = site.app().awaitQueued("Greta Cache", WAIT).get("id").asText();
        assertThat(get(PAGE, "If-None-Match", etag).statusCode()).as("a pending letter is not on the page").isEqualTo(304);

        assertThat(site.app().http().post("/admin/api/queue/" + id + "/approve", TestApp.API_TOKEN).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> after = get(PAGE, "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(text(after)).contains("maskkompost under diskbänken").contains("id=\"letter-" + id + "\"");
        assertThat(get("/", "If-None-Match", index).statusCode()).as("the index counts letters").isEqualTo(200);
    }

    @Test
    void gzipIsSentWhenAcceptedAndInflatesToTheSamePage() throws Exception {
        HttpResponse<byte[]> plain = get(PAGE);
        HttpResponse<byte[]> zipped = get(PAGE, "Accept-Encoding", "gzip");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        byte[] inflated = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
        assertThat(new String(inflated, StandardCharsets.UTF_8)).isEqualTo(text(plain));
        assertThat(zipped.body().length).isLessThan(plain.body().length);
    }

    @Test
    void theStylesheetIsRevalidatedAndCompressed() throws Exception {
        HttpResponse<byte[]> css = get("/static/mail2blog.css", "Accept-Encoding", "gzip, deflate");
        String etag = css.headers().firstValue("ETag").orElseThrow();

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(get("/static/mail2blog.css", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/static/../config/application.properties").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownConversationIsA404WithoutValidators() throws Exception {
        HttpResponse<byte[]> missing = get("/t/finns-inte");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void adminPagesStayUncached() throws Exception {
        HttpResponse<byte[]> login = get("/admin/login");

        assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(login.headers().firstValue("ETag")).isEmpty();
    }
}
