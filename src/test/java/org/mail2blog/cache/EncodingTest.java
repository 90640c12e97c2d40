package org.mail2blog.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.InflaterInputStream;

import org.junit.jupiter.api.Test;

class EncodingTest {
    @Test
    void gzipIsPreferredWhenAccepted() {
        assertThat(Encoding.choose("gzip, deflate, br")).isEqualTo(Encoding.GZIP);
        assertThat(Encoding.choose("deflate, gzip;q=0.5")).isEqualTo(Encoding.GZIP);
        assertThat(Encoding.choose("*")).isEqualTo(Encoding.GZIP);
    }

    @Test
    void deflateWhenGzipIsRefused() {
        assertThat(Encoding.choose("gzip;q=0, deflate")).isEqualTo(Encoding.DEFLATE);
    }

    @Test
    void plainWithoutAnAcceptableCoding() {
        assertThat(Encoding.choose(null)).isEqualTo(Encoding.IDENTITY);
        assertThat(Encoding.choose("br")).isEqualTo(Encoding.IDENTITY);
        assertThat(Encoding.choose("gzip;q=0.0, deflate; q=0")).isEqualTo(Encoding.IDENTITY);
        assertThat(Encoding.IDENTITY.token()).isNull();
    }

    @Test
    void theDeflatedBodyInflatesToThePage() throws IOException {
        CachedPage page = CachedPage.of("text/html; charset=utf-8", "<p>Tack för brevet, Örjan.</p>", Instant.EPOCH);
        byte[] inflated = new InflaterInputStream(new ByteArrayInputStream(Encoding.DEFLATE.body(page))).readAllBytes();
        assertThat(new String(inflated, StandardCharsets.UTF_8)).isEqualTo("<p>Tack för brevet, Örjan.</p>");
    }
}
