package org.mail2blog.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered page as it is served: the body, its gzip form (compressed once, when the page is
 * cached), a weak ETag from the SHA-256 of the body and the second it was rendered (Last-Modified).
 * The ETag is weak because the same page goes out plain or compressed.
 */
public record CachedPage(String contentType, byte[] body, byte[] gzipped, String etag, Instant lastModified) {

    /** A page for {@code text}, rendered at {@code now} (kept to the second, as HTTP dates are). */
    public static CachedPage of(String contentType, String text, Instant now) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new CachedPage(contentType, body, gzip(body), etagOf(body), now.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Bytes this page holds in memory, for the cache's budget. */
    public long size() {
        return body.length + gzipped.length + 200L;
    }

    static String etagOf(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
