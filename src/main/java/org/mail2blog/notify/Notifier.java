package org.mail2blog.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which mail an event causes and writes it to the outbox within the event's own
 * transaction. Acknowledgements are rate-limited per sender. Thread-safe.
 */
public final class Notifier {
    static final String ACKNOWLEDGEMENT = "acknowledgement";
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    private final Outbox outbox;
    private final MailTemplates templates;
    private final Duration acknowledgementInterval;
    private final boolean isSending;

    /**
     * @param isSending false when no relay is configured: then no mail is queued at all
     */
    public Notifier(Outbox outbox, MailTemplates templates, Duration acknowledgementInterval, boolean isSending) {
        this.outbox = outbox;
        this.templates = templates;
        this.acknowledgementInterval = acknowledgementInterval;
        this.isSending = isSending;
    }

    /** Queues the acknowledgement of a received letter, unless the sender got one very recently. */
    public void letterReceived(Handle h, LetterReceived event) {
        if (!isSending) {
            return;
        }
        if (outbox.hasRecent(h, ACKNOWLEDGEMENT, event.senderAddress(), acknowledgementInterval)) {
            LOG.info("[notify] letter={} not acknowledged: the sender got an acknowledgement within {}",
                    event.letterId(), acknowledgementInterval);
            return;
        }
        MailTemplates.Rendered mail = templates.render(ACKNOWLEDGEMENT, event);
        List<String> references = new ArrayList<>(event.letterReferences());
        event.letterMessageId().ifPresent(references::add);
        String messageId = outbox.add(h, new OutgoingMail(ACKNOWLEDGEMENT, event.senderAddress(), mail.subject(),
                mail.text(), mail.html(), event.letterMessageId(), references, Optional.of(event.replyAddress()),
                "auto-replied", Optional.of(event.conversationId())));
        LOG.info("[notify] letter={} acknowledgement queued messageId=<{}>", event.letterId(), messageId);
    }
}
