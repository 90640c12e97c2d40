package org.mail2blog.export;

import java.io.IOException;

/** An export that would harm what is already there (a directory that is not an earlier export, say); the message says what to do. */
public final class ExportRefused extends IOException {
    public ExportRefused(String message) {
        super(message);
    }
}
