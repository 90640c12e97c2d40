package org.mail2blog.admin;

import java.util.Locale;

/** Sizes in bytes as a person reads them: "512 bytes", "12.3 kB", "1.2 MB" (powers of 1000). */
final class ByteSizes {
    private ByteSizes() {
    }

    static String format(long bytes) {
        if (bytes < 1000) {
            return bytes == 1 ? "1 byte" : bytes + " bytes";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
