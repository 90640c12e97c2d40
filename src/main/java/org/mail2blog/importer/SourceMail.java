package org.mail2blog.importer;

import java.util.Objects;

/**
 * One mail as read from an import source.
 *
 * @param origin where it came from, for messages to the admin: {@code FILE#N} for the N-th message
 *               of an mbox, the file's path otherwise
 * @param raw    its bytes, exactly as the source holds them (mbox escaping undone)
 */
public record SourceMail(String origin, byte[] raw) {
    public SourceMail {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(raw, "raw");
    }
}
