package org.mail2blog.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail a conversation's events cause beyond the acknowledgement: the published notice to an
 * author, the new letter to each follower, the pending letter to each admin, the reason of a
 * rejection to its sender and the confirmation of a follow asked for on the page. Each is written to
 * the outbox inside the caller's transaction, threads under the letter and the recipient's earlier
 * mails about the conversation, carries the recipient's own reply address (an admin's: the letter's
 * moderation address) and {@code Auto-Submitted: auto-generated}; a follower's mail also carries the
 * one-click unsubscribe headers. Thread-safe.
 */
public final class ConversationNotifier {
    static final String PUBLISHED = "published";
    static final String NEW_LETTER = "new-letter";
    static final String PENDING = "pending";
    static final String FOLLOW_CONFIRMATION = "follow-confirmation";
    static final String REJECTED = "rejected";
    /** At most one rejection mail per sender within this time (STYLE §5.7: rejection mail is rare). */
    static final Duration REJECTION_INTERVAL = Duration.ofDays(1);
    /** At most one confirmation per address within this time: the form must not become a spam cannon. */
    static final Duration CONFIRMATION_INTERVAL = Duration.ofHours(1);
    private static final int PREVIOUS_MAILS = 10;
    private static final String AUTO_GENERATED = "auto-generated";
    private static final Logger LOG = LoggerFactory.getLogger(ConversationNotifier.class);
    private final Outbox outbox;
    private final MailTemplates templates;
    private final boolean isSending;

    /** @param isSending false when no relay is configured: then no mail is queued at all */
    public ConversationNotifier(Outbox outbox, MailTemplates templates, boolean isSending) {
        this.outbox = outbox;
        this.templates = templates;
        this.isSending = isSending;
    }

    /** Tells an author their letter is published. */
    public void letterPublished(Handle h, LetterPublished event) {
        queue(h, PUBLISHED, event, new Delivery(event.recipient(), Optional.of(event.conversationId()),
                Optional.of(event.replyAddress()), Optional.of(event.unsubscribeUrl()), event.letterMessageId()));
    }

    /** Sends a follower a newly published letter. */
    public void newLetter(Handle h, NewLetter event) {
        queue(h, NEW_LETTER, event, new Delivery(event.recipient(), Optional.of(event.conversationId()),
                Optional.of(event.replyAddress()), Optional.of(event.unsubscribeUrl()), event.letterMessageId()));
    }

    /** Tells an admin a letter waits for review. */
    public void letterPending(Handle h, LetterPending event) {
        queue(h, PENDING, event, new Delivery(event.recipient(), event.conversationId(),
                Optional.of(event.moderationAddress()), Optional.empty(), event.letterMessageId()));
    }

    /**
     * Asks an address's owner to confirm a follow, unless that address got a confirmation within
     * {@link #CONFIRMATION_INTERVAL}.
     *
     * @return true when the confirmation was queued
     */
    public boolean followRequested(Handle h, FollowRequested event) {
        if (!isSending || outbox.hasRecent(h, FOLLOW_CONFIRMATION, event.recipient(), CONFIRMATION_INTERVAL)) {
            LOG.info("[notify] follow confirmation for conversation={} not queued: {}", event.conversationId(),
                    isSending ? "the address got one within " + CONFIRMATION_INTERVAL : "mail is off");
            return false;
        }
        queue(h, FOLLOW_CONFIRMATION, event, new Delivery(event.recipient(), Optional.of(event.conversationId()),
                Optional.empty(), Optional.empty(), Optional.empty()));
        return true;
    }

    /**
     * Tells a sender why their letter was rejected, unless that address got a rejection mail within
     * {@link #REJECTION_INTERVAL}. The caller decides that the address is a person's.
     *
     * @return true when the mail was queued
     */
    public boolean letterRejected(Handle h, LetterRejected event) {
        if (!isSending || outbox.hasRecent(h, REJECTED, event.recipient(), REJECTION_INTERVAL)) {
            LOG.info("[notify] rejection of letter={} not mailed: {}", event.letterId(),
                    isSending ? "the sender got one within " + REJECTION_INTERVAL : "mail is off");
            return false;
        }
        queue(h, REJECTED, event, new Delivery(event.recipient(), event.conversationId(), event.replyAddress(),
                Optional.empty(), event.letterMessageId()));
        return true;
    }

    /** Who gets a mail and how it threads; the content comes from the event and its templates. */
    private record Delivery(String to, Optional<Long> conversationId, Optional<String> replyTo,
                            Optional<String> unsubscribeUrl, Optional<String> letterMessageId) {
    }

    private void queue(Handle h, String kind, Object event, Delivery d) {
        if (!isSending) {
            return;
        }
        List<String> references = new ArrayList<>();
        d.conversationId().ifPresent(c -> references.addAll(outbox.recentMessageIds(h, d.to(), c, PREVIOUS_MAILS)));
        d.letterMessageId().ifPresent(references::add);
        Optional<String> inReplyTo = d.letterMessageId()
                .or(() -> references.isEmpty() ? Optional.empty() : Optional.of(references.get(references.size() - 1)));
        MailTemplates.Rendered mail = templates.render(kind, event);
        String messageId = outbox.add(h, new OutgoingMail(kind, d.to(), mail.subject(), mail.text(), mail.html(),
                inReplyTo, references, d.replyTo(), AUTO_GENERATED, d.conversationId(), d.unsubscribeUrl()));
        LOG.info("[notify] {} mail queued conversation={} messageId=<{}>", kind, d.conversationId().orElse(null),
                messageId);
    }
}
