package org.mail2blog.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient RFC 2047 decoding of header text. Unlike {@code MimeUtility.decodeText}, adjacent encoded
 * words in the same charset are joined as bytes before decoding, so a character whose UTF-8 bytes
 * were split over two words (as some clients do when folding long subjects) survives. Words that
 * cannot be decoded are left as they are.
 */
final class EncodedWords {
    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");
    private static final Pattern FOLD = Pattern.compile("\\r?\\n(?=[ \\t])");

    private EncodedWords() {
    }

    /** Unfolds and decodes {@code header}; plain text passes through unchanged. */
    static String decode(String header) {
        String text = FOLD.matcher(header).replaceAll("");
        Matcher word = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        Run run = new Run();
        int last = 0;
        while (word.find()) {
            String gap = text.substring(last, word.start());
            Optional<byte[]> bytes = bytesOf(word.group(2), word.group(3));
            String charset = word.group(1).replaceFirst("\\*.*$", "");
            // RFC 2047 §6.2: white space between two encoded words is not displayed.
            boolean joinsRun = run.isOpen() && gap.isBlank();
            if (!joinsRun || bytes.isEmpty() || !run.hasCharset(charset)) {
                run.flushTo(out);
                out.append(joinsRun && bytes.isPresent() ? "" : gap);
            }
            if (bytes.isPresent()) {
                run.add(charset, bytes.get());
            } else {
                out.append(word.group());
            }
            last = word.end();
        }
        run.flushTo(out);
        return out.append(text.substring(last)).toString();
    }

    private static Optional<byte[]> bytesOf(String encoding, String payload) {
        if (encoding.equalsIgnoreCase("B")) {
            try {
                return Optional.of(Base64.getMimeDecoder().decode(payload));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }
        return Optional.of(quotedPrintable(payload));
    }

    /** The "Q" encoding of RFC 2047 §4.2; a stray '=' is kept literally. */
    private static byte[] quotedPrintable(String payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = payload.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            int hi = i + 2 < in.length ? Character.digit(in[i + 1], 16) : -1;
            int lo = i + 2 < in.length ? Character.digit(in[i + 2], 16) : -1;
            if (in[i] == '=' && hi >= 0 && lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(in[i] == '_' ? ' ' : in[i]);
            }
        }
        return out.toByteArray();
    }

    /** Bytes of consecutive encoded words in one charset, waiting to be decoded together. */
    private static final class Run {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private String charset = "";

        boolean isOpen() {
            return !charset.isEmpty();
        }

        boolean hasCharset(String name) {
            return charset.equalsIgnoreCase(name);
        }

        void add(String name, byte[] more) {
            charset = name;
            bytes.writeBytes(more);
        }

        void flushTo(StringBuilder out) {
            if (isOpen()) {
                out.append(Charsets.decode(bytes.toByteArray(), Optional.of(charset)).text());
            }
            bytes.reset();
            charset = "";
        }
    }
}
