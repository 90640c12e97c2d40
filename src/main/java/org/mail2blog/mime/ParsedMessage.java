package org.mail2blog.mime;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One mail as we understand it: decoded headers and the readable body text, before trimming.
 *
 * @param messageId   the Message-ID without angle brackets, if the mail has one
 * @param inReplyTo   the first In-Reply-To id without angle brackets, if present
 * @param references  the References ids without angle brackets, oldest first, possibly empty
 * @param subject     the decoded subject, empty when missing
 * @param fromName    the decoded display name of the sender, empty when the mail has none
 * @param fromAddress the sender's address, lower-case
 * @param recipients  every address the mail was sent to (To, Cc, Delivered-To, X-Original-To, Envelope-To), lower-case
 * @param date        the Date header, if present and readable
 * @param text        the body as plain text with {@code \n} line ends (HTML-only mail converted)
 * @param warnings    what was recovered from while parsing
 * @param authenticationResults the Authentication-Results header values, unfolded, top to bottom (as
 *                    the mail came, unverified: only the trust check decides which to believe)
 */
public record ParsedMessage(
        Optional<String> messageId,
        Optional<String> inReplyTo,
        List<String> references,
        String subject,
        String fromName,
        String fromAddress,
        List<String> recipients,
        Optional<OffsetDateTime> date,
        String text,
        List<ParseWarning> warnings,
        List<String> authenticationResults) {

    public ParsedMessage {
        references = List.copyOf(references);
        recipients = List.copyOf(recipients);
        warnings = List.copyOf(warnings);
        authenticationResults = List.copyOf(authenticationResults);
    }

    /** A mail without Authentication-Results headers. */
    public ParsedMessage(Optional<String> messageId, Optional<String> inReplyTo, List<String> references,
                         String subject, String fromName, String fromAddress, List<String> recipients,
                         Optional<OffsetDateTime> date, String text, List<ParseWarning> warnings) {
        this(messageId, inReplyTo, references, subject, fromName, fromAddress, recipients, date, text, warnings,
                List.of());
    }
}
