package org.mail2blog.ingest;

import org.mail2blog.mime.MessageRejected;

/**
 * Records why a stored mail could not become a letter. The raw bytes stay in the archive; the admin
 * sees the mail, the reason and the detail in the quarantine list. Thread-safe.
 */
public final class Quarantine {
    /** The reason recorded for failures that are not a {@link MessageRejected}: a bug or an outage. */
    public static final String UNEXPECTED = "UNEXPECTED_ERROR";
    private final MessageArchive archive;

    public Quarantine(MessageArchive archive) {
        this.archive = archive;
    }

    /** Quarantines the stored mail {@code messageKey} because of {@code failure}. */
    public void record(long messageKey, Throwable failure) {
        if (failure instanceof MessageRejected rejected) {
            archive.quarantine(messageKey, rejected.reason().name(), rejected.getMessage());
        } else {
            archive.quarantine(messageKey, UNEXPECTED,
                    failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
    }
}
