package org.mail2blog.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.List;
import java.util.Optional;

/**
 * Turns body or header bytes into text with a fallback chain: the declared charset, then UTF-8,
 * then windows-1252. Each step but the last decodes strictly, so bytes that are invalid in a
 * charset move on to the next one instead of becoming replacement characters.
 */
final class Charsets {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decoded text, and the warning to store when the declared charset could not be used. */
    record Decoded(String text, Optional<ParseWarning> warning) {
    }

    private Charsets() {
    }

    /**
     * Decodes {@code bytes}. An undeclared charset means US-ASCII (RFC 2045 §5.2); mail that is
     * really 8-bit without saying so falls back to UTF-8 or windows-1252 with a warning.
     */
    static Decoded decode(byte[] bytes, Optional<String> declared) {
        String name = declared.map(String::trim).filter(s -> !s.isEmpty()).orElse("us-ascii");
        Optional<Charset> charset = lookUp(name);
        if (charset.isPresent()) {
            Optional<String> text = decodeStrictly(bytes, charset.get());
            if (text.isPresent()) {
                return new Decoded(text.get(), Optional.empty());
            }
        }
        String why = charset.isPresent() ? "the bytes are not valid " + name : "charset " + name + " is unknown";
        Optional<String> utf8 = decodeStrictly(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), Optional.of(fallback(why, "UTF-8")));
        }
        return new Decoded(new String(bytes, WINDOWS_1252), Optional.of(fallback(why, "windows-1252")));
    }

    /**
     * The text of {@code bytes} as a body part's text: decoded as {@link #decode} does (a repair goes
     * to {@code warnings}), with {@code \n} line ends and without a leading byte order mark.
     */
    static String bodyText(byte[] bytes, Optional<String> declared, List<ParseWarning> warnings) {
        Decoded text = decode(bytes, declared);
        text.warning().ifPresent(warnings::add);
        return text.text().replace("\r\n", "\n").replace('\r', '\n').replaceFirst("^\uFEFF", "");
    }

    /**
     * Finds a charset by its MIME name. ISO-8859-1 is read as its superset windows-1252, as
     * browsers do (WHATWG Encoding), because Windows clients label cp1252 quotes and dashes as Latin-1.
     */
    static Optional<Charset> lookUp(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("iso-8859-1") || key.equals("latin1") || key.equals("iso8859-1")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(key));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<String> decodeStrictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException invalid) {
            return Optional.empty();
        }
    }

    private static ParseWarning fallback(String why, String used) {
        return new ParseWarning("charset-fallback", why + "; decoded as " + used + " instead");
    }
}
