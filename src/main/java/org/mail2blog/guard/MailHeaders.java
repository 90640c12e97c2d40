package org.mail2blog.guard;

import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;

/**
 * The header block of one raw mail, read leniently. Values come back unfolded and stripped; when a
 * header occurs more than once, the first occurrence counts. Immutable once read.
 */
final class MailHeaders {
    /** The last {@code <...>} in a value: the address in a From, the id in a List-Id or Message-ID. */
    private static final Pattern ANGLE_BRACKETED = Pattern.compile("<([^<>]*)>[^<>]*$");
    /** A value that is a bare address, such as {@code MAILER-DAEMON@mx.example.org}. */
    private static final Pattern BARE_ADDRESS = Pattern.compile("^[^\\s<>\"]+@[^\\s<>\"]+$");
    /** Longest header value quoted in a reason; the rest is cut so a hostile header can't flood logs. */
    private static final int MAX_QUOTED = 80;

    private final InternetHeaders headers;

    private MailHeaders(InternetHeaders headers) {
        this.headers = headers;
    }

    /**
     * Reads the header block of {@code raw}, up to the first empty line. UTF-8 in header values
     * (RFC 6532) is allowed; invalid bytes become replacement characters rather than an error.
     */
    static MailHeaders read(byte[] raw) throws MessagingException {
        return new MailHeaders(new InternetHeaders(new ByteArrayInputStream(raw), true));
    }

    /** The first value of header {@code name}, unfolded and stripped. */
    Optional<String> find(String name) {
        return Optional.ofNullable(headers.getHeader(name, null)).map(MimeUtility::unfold).map(String::strip);
    }

    boolean has(String name) {
        return find(name).isPresent();
    }

    /**
     * The first token of header {@code name} in lower case, parameters after {@code ;} dropped:
     * {@code Auto-Submitted: Auto-Replied; owner-email="x@example.com"} gives {@code auto-replied}.
     */
    Optional<String> token(String name) {
        return find(name).map(v -> v.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    /** The address in From, in lower case; empty if From is missing or holds no address at all. */
    Optional<String> fromAddress() {
        return find("From").flatMap(MailHeaders::addressOf).map(a -> a.toLowerCase(Locale.ROOT));
    }

    /** The text inside the last angle brackets of header {@code name}, or the whole value without them. */
    Optional<String> bracketed(String name) {
        return find(name).map(MailHeaders::insideBrackets).map(v -> v.toLowerCase(Locale.ROOT));
    }

    /** The Subject with RFC 2047 encoded words decoded. */
    Optional<String> subject() {
        return find("Subject").map(MailHeaders::decode);
    }

    /** {@code name: value} for a reason sentence, the value cut short if it is long. */
    String quote(String name) {
        String value = find(name).orElse("");
        String shown = value.length() <= MAX_QUOTED ? value : value.substring(0, MAX_QUOTED) + "…";
        return name + ": " + shown;
    }

    /** The local part of an address (before the last {@code @}), or the whole text if it has none. */
    static String localPart(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }

    private static Optional<String> addressOf(String value) {
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(value, false);
            return parsed.length == 0 || parsed[0].getAddress() == null || parsed[0].getAddress().isBlank()
                    ? Optional.empty() : Optional.of(parsed[0].getAddress());
        } catch (AddressException e) {
            // A From that RFC 5322 can't parse still often has a readable <address> or is a bare one.
            String candidate = insideBrackets(value);
            return BARE_ADDRESS.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
        }
    }

    private static String insideBrackets(String value) {
        Matcher m = ANGLE_BRACKETED.matcher(value);
        return (m.find() ? m.group(1) : value).strip();
    }

    private static String decode(String value) {
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException e) {
            // An encoded word in a charset the JVM lacks stays as it was; the phrase test then fails
            // on it, which errs towards PERSON, and the parser records the charset problem.
            return value;
        }
    }
}
