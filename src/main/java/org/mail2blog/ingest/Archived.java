package org.mail2blog.ingest;

import java.util.Optional;

/**
 * A mail as stored in the archive, and what the archive already knew about it.
 *
 * @param key       the archive's id for the mail ({@code message.id})
 * @param sha256    hex SHA-256 of the raw bytes
 * @param messageId the Message-ID, without angle brackets, if the mail has one
 * @param raw       the stored bytes
 * @param state     what has happened to it so far
 */
public record Archived(long key, String sha256, Optional<String> messageId, byte[] raw, State state) {

    /** Where a stored mail is in its life. */
    public enum State {
        /** Stored; not yet read into a letter (new, or a crash came between storing and reading). */
        RECEIVED,
        /** Read into a letter. */
        READ,
        /** Could not be read; kept raw with its reason. */
        QUARANTINED,
        /** Another mail with the same Message-ID but other bytes came first; kept raw, not read. */
        DUPLICATE,
        /** Automatic mail (out-of-office, bounce, list, our own): kept raw, never read or answered. */
        IGNORED
    }

    /** True when nothing more is to be done with this mail. */
    public boolean isDone() {
        return state != State.RECEIVED;
    }
}
