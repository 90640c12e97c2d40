package org.mail2blog.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.DeflaterOutputStream;

/** The content codings we send: gzip first, then deflate (zlib format, as HTTP means it), else none. */
public enum Encoding {
    GZIP("gzip"), DEFLATE("deflate"), IDENTITY(null);

    private final String token;

    Encoding(String token) {
        this.token = token;
    }

    /** The Content-Encoding value; null for an unencoded body. */
    public String token() {
        return token;
    }

    /** The best coding the client's {@code Accept-Encoding} allows (a q of 0 refuses one). */
    public static Encoding choose(String acceptEncoding) {
        if (acceptEncoding == null) {
            return IDENTITY;
        }
        boolean gzip = false;
        boolean deflate = false;
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.split(";");
            String name = pieces[0].strip();
            boolean wanted = pieces.length < 2 || !isZero(pieces[1]);
            gzip |= wanted && (name.equals("gzip") || name.equals("x-gzip") || name.equals("*"));
            deflate |= wanted && name.equals("deflate");
        }
        return gzip ? GZIP : deflate ? DEFLATE : IDENTITY;
    }

    /** The body of {@code page} in this coding. */
    public byte[] body(CachedPage page) {
        return switch (this) {
            case GZIP -> page.gzipped();
            case DEFLATE -> deflate(page.body());
            case IDENTITY -> page.body();
        };
    }

    private static boolean isZero(String parameter) {
        String p = parameter.strip();
        return p.startsWith("q=") && p.substring(2).strip().matches("0(\\.0{0,3})?");
    }

    private static byte[] deflate(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (DeflaterOutputStream zip = new DeflaterOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("deflate into memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
