package org.mail2blog.reader;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Label matching for the label pages: the same label whatever its case, surrounding spaces ignored. */
public final class Labels {
    private Labels() {
    }

    /** The label of {@code labels} that is {@code wanted}, as it is written there; empty when none is. */
    public static Optional<String> find(List<String> labels, String wanted) {
        String key = key(wanted);
        return key.isEmpty() ? Optional.empty() : labels.stream().filter(l -> key(l).equals(key)).findFirst();
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
