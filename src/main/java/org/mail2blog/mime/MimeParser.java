package org.mail2blog.mime;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the raw bytes of one mail into a {@link ParsedMessage}: decoded headers and the readable
 * body text. Parsing is lenient where mail is messy (charsets, encoded words, dates, HTML-only
 * bodies) and records each recovery as a {@link ParseWarning}; it rejects only mail that cannot
 * become a letter at all: bytes that are not a message, a missing sender, or no text.
 *
 * <p>Instances are immutable and thread-safe; one parser can serve all messages.
 */
public final class MimeParser {
    /** Recipient fields, in the order their addresses are listed. */
    private static final List<String> RECIPIENT_FIELDS =
            List.of("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To");
    /** RFC 5322 §2.2: a field name is printable US-ASCII except the colon. */
    private static final Pattern FIELD_NAME = Pattern.compile("[\\x21-\\x39\\x3B-\\x7E]+");

    private final Session session;

    /**
     * A parser with lenient session settings (non-strict addresses, UTF-8 headers allowed).
     * Jakarta Mail reads some of these keys (decodetext, multipart) only from system properties,
     * which we leave alone; {@link EncodedWords} and {@link BodyText} supply that leniency themselves.
     */
    public MimeParser() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.allowutf8", "true");
        properties.setProperty("mail.mime.decodeparameters", "true");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        this.session = Session.getInstance(properties);
    }

    /**
     * Parses one mail.
     *
     * @param raw the message exactly as received
     * @return the decoded headers and body text
     * @throws MessageRejected with {@link Reason#UNPARSEABLE_MIME} when the bytes are not a message,
     *                         {@link Reason#NO_SENDER} when From has no address, and
     *                         {@link Reason#NO_BODY} when there is no text to publish
     */
    public ParsedMessage parse(byte[] raw) throws MessageRejected {
        Objects.requireNonNull(raw, "raw");
        MimeMessage message = read(raw);
        try {
            return parse(message);
        } catch (MessagingException unreadable) {
            throw new MessageRejected(Reason.UNPARSEABLE_MIME,
                    "header fields could not be read (" + unreadable.getMessage() + "); the mail is not valid MIME", unreadable);
        }
    }

    /**
     * Reads the parts of one mail as its sender's client wrote them, for showing the original: the
     * text and HTML body parts and the list of attachments. Nothing is chosen or converted, and a
     * mail without sender or text is read all the same.
     *
     * @param raw the message exactly as received
     * @throws MessageRejected with {@link Reason#UNPARSEABLE_MIME} when the bytes are not a message
     */
    public MailParts parts(byte[] raw) throws MessageRejected {
        Objects.requireNonNull(raw, "raw");
        return PartsWalk.walk(read(raw));
    }

    private ParsedMessage parse(MimeMessage message) throws MessagingException, MessageRejected {
        HeaderFields headers = new HeaderFields(message);
        InternetAddress sender = sender(headers);
        List<ParseWarning> warnings = new ArrayList<>();
        Optional<OffsetDateTime> date = date(headers, warnings);
        BodyText.Body body = BodyText.extract(message);
        List<String> recipients = recipients(headers);
        warnings.addAll(headers.warnings());
        warnings.addAll(body.warnings());
        return new ParsedMessage(
                headers.messageIds("Message-ID").stream().findFirst(),
                headers.messageIds("In-Reply-To").stream().findFirst(),
                headers.messageIds("References"),
                headers.find("Subject").map(EncodedWords::decode).map(String::trim).orElse(""),
                HeaderFields.displayName(sender),
                lowerCase(sender),
                recipients,
                date,
                body.text(),
                warnings,
                headers.findAll("Authentication-Results"));
    }

    private MimeMessage read(byte[] raw) throws MessageRejected {
        if (raw.length == 0) {
            throw new MessageRejected(Reason.UNPARSEABLE_MIME, "the mail is empty (0 bytes); there is nothing to parse");
        }
        try {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
            if (!hasWellFormedField(message)) {
                throw new MessageRejected(Reason.UNPARSEABLE_MIME, "the mail has no header field of the form"
                        + " 'Name: value' (RFC 5322 §2.2); the bytes are not an email message");
            }
            return message;
        } catch (MessagingException unreadable) {
            throw new MessageRejected(Reason.UNPARSEABLE_MIME,
                    "the bytes could not be read as a MIME message: " + unreadable.getMessage(), unreadable);
        }
    }

    private static boolean hasWellFormedField(MimeMessage message) throws MessagingException {
        List<Header> fields = Collections.list(message.getAllHeaders());
        return fields.stream().anyMatch(field -> FIELD_NAME.matcher(field.getName()).matches());
    }

    private static InternetAddress sender(HeaderFields headers) throws MessagingException, MessageRejected {
        String from = headers.find("From").orElse("");
        return headers.addresses("From").stream()
                .filter(address -> address.getAddress().matches("[^@\\s]+@[^@\\s]+"))
                .findFirst()
                .orElseThrow(() -> new MessageRejected(Reason.NO_SENDER, from.isBlank()
                        ? "From header missing; the sender must set a From address"
                        : "From header '" + from + "' has no address of the form name@domain;"
                                + " the sender must set a From address"));
    }

    private static Optional<OffsetDateTime> date(HeaderFields headers, List<ParseWarning> warnings)
            throws MessagingException {
        Optional<String> value = headers.find("Date");
        if (value.isEmpty() || value.get().isBlank()) {
            warnings.add(new ParseWarning("date-missing", "Date header missing; the letter has no sent date"));
            return Optional.empty();
        }
        Optional<OffsetDateTime> date = HeaderFields.date(value.get());
        if (date.isEmpty()) {
            warnings.add(new ParseWarning("date-unreadable",
                    "Date header '" + value.get() + "' is not an RFC 5322 date; the letter has no sent date"));
        }
        return date;
    }

    private static List<String> recipients(HeaderFields headers) throws MessagingException {
        Set<String> found = new LinkedHashSet<>();
        for (String field : RECIPIENT_FIELDS) {
            headers.addresses(field).forEach(address -> found.add(lowerCase(address)));
        }
        return List.copyOf(found);
    }

    private static String lowerCase(InternetAddress address) {
        return address.getAddress().trim().toLowerCase(Locale.ROOT);
    }
}
