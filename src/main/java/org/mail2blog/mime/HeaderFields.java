package org.mail2blog.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the header fields of one message leniently: ids, addresses and the date. */
final class HeaderFields {
    private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern COMMENT = Pattern.compile("\\([^()]*\\)");
    /** RFC 5322 §4.3 obsolete zone names, which {@code RFC_1123_DATE_TIME} only partly knows. */
    private static final Map<String, String> ZONES = Map.of(
            "UT", "+0000", "Z", "+0000", "EST", "-0500", "EDT", "-0400", "CST", "-0600",
            "CDT", "-0500", "MST", "-0700", "MDT", "-0600", "PST", "-0800", "PDT", "-0700");

    private final MimeMessage message;
    private final List<ParseWarning> warnings = new ArrayList<>();

    /** Reads the fields of {@code message}; one instance serves one message. */
    HeaderFields(MimeMessage message) {
        this.message = message;
    }

    /** What was skipped so far because it could not be read. */
    List<ParseWarning> warnings() {
        return List.copyOf(warnings);
    }

    /** The whole value of a header field, unfolded, or empty when the field is missing. */
    Optional<String> find(String name) throws MessagingException {
        return Optional.ofNullable(message.getHeader(name, ","))
                .map(value -> value.replaceAll("\\r?\\n(?=[ \\t])", "").trim());
    }

    /** Every value of a header field, each unfolded, top to bottom; empty when the field is missing. */
    List<String> findAll(String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null ? List.of()
                : Arrays.stream(values).map(v -> v.replaceAll("\\r?\\n(?=[ \\t])", "").trim()).toList();
    }

    /** The message ids in a field, without angle brackets, in order. */
    List<String> messageIds(String name) throws MessagingException {
        String value = find(name).orElse("");
        List<String> ids = new ArrayList<>();
        Matcher id = ANGLE_ID.matcher(value);
        while (id.find()) {
            ids.add(id.group(1));
        }
        if (ids.isEmpty() && !value.isBlank()) {
            // Lenient: some agents write ids without brackets, separated by white space.
            ids.addAll(Arrays.asList(value.trim().split("[\\s,]+")));
        }
        return ids;
    }

    /** The addresses in one field, lower-case; groups are opened, unreadable entries skipped. */
    List<InternetAddress> addresses(String name) throws MessagingException {
        String[] values = message.getHeader(name);
        List<InternetAddress> found = new ArrayList<>();
        for (String value : values == null ? new String[0] : values) {
            for (InternetAddress address : parse(name, value)) {
                found.addAll(address.isGroup() ? members(name, address) : List.of(address));
            }
        }
        found.removeIf(address -> address.getAddress() == null || address.getAddress().isBlank());
        return found;
    }

    private List<InternetAddress> parse(String name, String value) {
        try {
            return Arrays.asList(InternetAddress.parseHeader(value, false));
        } catch (AddressException unreadable) {
            return skipped(name, value, unreadable);
        }
    }

    private List<InternetAddress> members(String name, InternetAddress group) {
        try {
            return Arrays.asList(group.getGroup(false));
        } catch (AddressException unreadable) {
            return skipped(name, group.getAddress(), unreadable);
        }
    }

    private List<InternetAddress> skipped(String name, String value, AddressException why) {
        warnings.add(new ParseWarning("address-unreadable",
                name + " value '" + value + "' is not an address list (" + why.getMessage() + "); it was skipped"));
        return List.of();
    }

    /** The decoded display name of an address, empty when it has none. */
    static String displayName(InternetAddress address) {
        if (address.getPersonal() == null) {
            return "";
        }
        // toString() keeps the personal name as it was written, so we can decode it leniently.
        String written = address.toString();
        int end = written.lastIndexOf('<');
        String name = end > 0 ? written.substring(0, end).trim() : address.getPersonal();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return EncodedWords.decode(name).trim();
    }

    /**
     * Parses an RFC 5322 date, keeping the sender's offset. Comments such as "(CET)" and obsolete
     * zone names are tolerated; anything else unreadable is empty.
     */
    static Optional<OffsetDateTime> date(String value) {
        // The day name is optional and sometimes wrong; the numeric date is what counts.
        String cleaned = COMMENT.matcher(value).replaceAll(" ").replaceFirst("^\\s*[A-Za-z]+,", "")
                .trim().replaceAll("\\s+", " ");
        String[] words = cleaned.split(" ");
        String zone = ZONES.get(words[words.length - 1].toUpperCase(Locale.ROOT));
        if (zone != null) {
            words[words.length - 1] = zone;
            cleaned = String.join(" ", words);
        }
        try {
            return Optional.of(OffsetDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
