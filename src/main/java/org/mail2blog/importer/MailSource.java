package org.mail2blog.importer;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Mails read one at a time from files: an mbox file, a Maildir folder, or .eml files. Only the mail
 * returned last is held in memory. Not thread-safe.
 */
public interface MailSource extends Closeable {

    /**
     * The next mail.
     *
     * @return empty when there are no more
     * @throws IOException when a file cannot be read; the mails returned before stay valid
     */
    Optional<SourceMail> next() throws IOException;

    /** How many bytes of the source's files have been read so far (for progress). */
    long bytesRead();

    /** The size of all of the source's files in bytes (for progress). */
    long sizeBytes();
}
