package org.mail2blog.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an admin's moderation reply: the confirmation of a decision made by mail, or why the
 * reply changed nothing. Both answer the admin's mail (In-Reply-To, References,
 * {@code Auto-Submitted: auto-replied}) and carry the letter's moderation address as Reply-To.
 * At most one refusal per admin within {@link #REFUSAL_INTERVAL}, so a misbehaving autoresponder
 * behind an admin address cannot keep a loop going with us. Thread-safe.
 */
public final class ModerationNotifier {
    static final String RESULT = "moderation-result";
    static final String REFUSED = "moderation-refused";
    static final Duration REFUSAL_INTERVAL = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(ModerationNotifier.class);
    private final Outbox outbox;
    private final MailTemplates templates;
    private final boolean isSending;

    /** @param isSending false when no relay is configured: then no mail is queued at all */
    public ModerationNotifier(Outbox outbox, MailTemplates templates, boolean isSending) {
        this.outbox = outbox;
        this.templates = templates;
        this.isSending = isSending;
    }

    /** Confirms a decision made by mail, within the caller's transaction. */
    public void decided(Handle h, ModerationDone event) {
        queue(h, RESULT, event, event.answer());
    }

    /**
     * Tells an admin why their reply changed nothing, unless they were told so within
     * {@link #REFUSAL_INTERVAL}.
     *
     * @return true when the mail was queued
     */
    public boolean refused(Handle h, ModerationRefused event) {
        if (!isSending || outbox.hasRecent(h, REFUSED, event.answer().recipient(), REFUSAL_INTERVAL)) {
            LOG.info("[notify] moderation refusal about letter={} not queued: {}", event.letterId(),
                    isSending ? "the admin got one within " + REFUSAL_INTERVAL : "mail is off");
            return false;
        }
        queue(h, REFUSED, event, event.answer());
        return true;
    }

    private void queue(Handle h, String kind, Object event, AdminAnswer answer) {
        if (!isSending) {
            return;
        }
        List<String> references = new ArrayList<>(answer.replyReferences());
        answer.replyMessageId().ifPresent(references::add);
        MailTemplates.Rendered mail = templates.render(kind, event);
        String messageId = outbox.add(h, new OutgoingMail(kind, answer.recipient(), mail.subject(), mail.text(),
                mail.html(), answer.replyMessageId(), references, Optional.of(answer.moderationAddress()),
                "auto-replied", Optional.empty()));
        LOG.info("[notify] {} mail queued messageId=<{}>", kind, messageId);
    }
}
