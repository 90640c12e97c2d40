package org.mail2blog.importer;

import java.io.IOException;

/** An import that cannot start: an input that is missing, unreadable or of no kind we read. The message says which and why. */
public final class ImportRefused extends IOException {
    public ImportRefused(String message) {
        super(message);
    }
}
