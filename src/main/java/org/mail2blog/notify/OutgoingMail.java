package org.mail2blog.notify;

import java.util.List;
import java.util.Optional;

/**
 * One mail to send, fully decided: recipient, threading headers and the rendered parts. The text
 * part is mandatory; the HTML part is its richer twin.
 *
 * @param kind       what the mail is for, e.g. {@code acknowledgement}
 * @param to         the recipient's address
 * @param subject    the subject
 * @param text       the text/plain part
 * @param html       the text/html part
 * @param inReplyTo  the Message-ID this mail answers, without angle brackets
 * @param references the References chain, without angle brackets, oldest first
 * @param replyTo    where replies should go (a conversation's reply address)
 * @param autoSubmitted the RFC 3834 Auto-Submitted value: {@code auto-replied} for an answer to a
 *                   mail, {@code auto-generated} otherwise
 * @param conversationId the conversation the mail belongs to, so a reply to it finds its way back
 * @param unsubscribeUrl the one-click unsubscribe URL of a follower's mail (RFC 8058
 *                   {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}); empty for other mail
 */
public record OutgoingMail(String kind, String to, String subject, String text, String html,
                           Optional<String> inReplyTo, List<String> references, Optional<String> replyTo,
                           String autoSubmitted, Optional<Long> conversationId, Optional<String> unsubscribeUrl) {
    public OutgoingMail {
        references = List.copyOf(references);
    }

    /** A mail without an unsubscribe URL (not sent to a follower). */
    public OutgoingMail(String kind, String to, String subject, String text, String html,
                        Optional<String> inReplyTo, List<String> references, Optional<String> replyTo,
                        String autoSubmitted, Optional<Long> conversationId) {
        this(kind, to, subject, text, html, inReplyTo, references, replyTo, autoSubmitted, conversationId,
                Optional.empty());
    }
}
