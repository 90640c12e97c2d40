package org.mail2blog.app;

import java.util.Optional;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.mail2blog.ingest.Archived;
import org.mail2blog.ingest.MessageArchive;

/**
 * Feeds a quarantined mail through the pipeline again, the way the mailbox route does after
 * archiving: the mail goes back to {@code received}, and its stored bytes go to
 * {@code direct:publish-read} with the message-key header. The routes' own error handling
 * quarantines it again, with the new error, if it still cannot be read. A thin adapter, like
 * {@link MailboxAdapter}: the only other class that touches Camel. Thread-safe.
 */
final class MailReplay {
    static final String ENDPOINT = "direct:publish-read";
    private final Supplier<CamelContext> camel;
    private final MessageArchive archive;

    MailReplay(Supplier<CamelContext> camel, MessageArchive archive) {
        this.camel = camel;
        this.archive = archive;
    }

    /**
     * Replays the quarantined mail {@code key} and waits until the pipeline is done with it.
     *
     * @return its state afterwards ({@code READ}, {@code IGNORED}, {@code QUARANTINED} again…); empty
     *         when no mail with that key is in quarantine
     * @throws org.apache.camel.CamelExecutionException only when even the quarantine could not be
     *         written (the database is down); the mail then stays received and is replayed by no one
     */
    Optional<Archived.State> replay(long key) {
        Optional<Archived> released = archive.release(key);
        if (released.isEmpty()) {
            return Optional.empty();
        }
        ProducerTemplate producer = camel.get().createProducerTemplate();
        try {
            producer.sendBodyAndHeader(ENDPOINT, released.get(), Headers.MESSAGE_KEY, key);
        } finally {
            producer.stop();
        }
        return archive.findByKey(key).map(Archived::state);
    }
}
