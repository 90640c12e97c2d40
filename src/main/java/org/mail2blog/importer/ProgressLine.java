package org.mail2blog.importer;

import java.util.Locale;

/**
 * The text of an import's progress report: messages so far, how much of the input is read, and the
 * rate, e.g. {@code 412 messages, 1.2 of 3.4 MB (35%), 322 messages/s}.
 */
public final class ProgressLine {
    private ProgressLine() {
    }

    public static String of(ImportCounts counts, long bytesRead, long sizeBytes) {
        String read = sizeBytes > 0
                ? String.format(Locale.ROOT, "%s of %s MB (%d%%)", megabytes(bytesRead), megabytes(sizeBytes),
                        Math.min(100, bytesRead * 100 / sizeBytes))
                : megabytes(bytesRead) + " MB";
        return String.format(Locale.ROOT, "%d messages, %s, %.0f messages/s", counts.messages(), read, counts.rate());
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_000_000.0);
    }
}
