package org.mail2blog.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class ConditionalTest {
    private final CachedPage page = CachedPage.of("text/html; charset=utf-8", "<p>Hej på dig, Åsa!</p>",
            Instant.parse("2026-11-28T12:00:00.700Z"));

    @Test
    void theSameETagIsNotModified() {
        assertThat(Conditional.notModified(page.etag(), null, page)).isTrue();
        assertThat(Conditional.notModified("\"other\", " + page.etag(), null, page)).isTrue();
        assertThat(Conditional.notModified(page.etag().substring(2), null, page)).as("strong form of our weak tag").isTrue();
        assertThat(Conditional.notModified("*", null, page)).isTrue();
    }

    @Test
    void anotherETagIsModifiedEvenWhenTheDateWouldMatch() {
        assertThat(Conditional.notModified("W/\"0123\"", "Sat, 28 Nov 2026 12:00:00 GMT", page)).isFalse();
    }

    @Test
    void theDateDecidesWithoutAnETag() {
        assertThat(Conditional.notModified(null, "Sat, 28 Nov 2026 12:00:00 GMT", page)).isTrue();
        assertThat(Conditional.notModified(null, "Sat, 28 Nov 2026 11:59:59 GMT", page)).isFalse();
        assertThat(Conditional.notModified(null, "not a date", page)).isFalse();
        assertThat(Conditional.notModified(null, null, page)).isFalse();
    }

    @Test
    void lastModifiedIsAnHttpDate() {
        assertThat(Conditional.httpDate(page.lastModified())).isEqualTo("Sat, 28 Nov 2026 12:00:00 GMT");
    }

    @Test
    void theETagFollowsTheContent() {
        CachedPage same = CachedPage.of("text/html; charset=utf-8", "<p>Hej på dig, Åsa!</p>", Instant.EPOCH);
        CachedPage other = CachedPage.of("text/html; charset=utf-8", "<p>Hej på dig, Åke!</p>", Instant.EPOCH);
        assertThat(same.etag()).isEqualTo(page.etag()).startsWith("W/\"");
        assertThat(other.etag()).isNotEqualTo(page.etag());
    }

    @Test
    void theGzippedBodyInflatesToThePage() throws IOException {
        byte[] inflated = new GZIPInputStream(new ByteArrayInputStream(page.gzipped())).readAllBytes();
        assertThat(new String(inflated, StandardCharsets.UTF_8)).isEqualTo("<p>Hej på dig, Åsa!</p>");
    }
}
