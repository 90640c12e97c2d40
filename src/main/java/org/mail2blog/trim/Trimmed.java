package org.mail2blog.trim;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of trimming a reply: the writer's own text ({@code kept}) and everything cut away
 * ({@code removed}: quoted history, attribution lines, signatures). No text is ever lost: what was
 * not kept is in {@code removed}. Both parts use {@code \n} line ends.
 *
 * @param kept    the text as it would be published, never null; empty when the mail held nothing
 *                but quoted history (such a letter is not publishable)
 * @param removed what was cut away, empty when nothing was, never null
 * @param warning why the trimmer fell back to the whole body, if it did
 */
public record Trimmed(String kept, String removed, Optional<String> warning) {
    public Trimmed {
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(removed, "removed");
        Objects.requireNonNull(warning, "warning");
    }

    /** A trim without warning. */
    public Trimmed(String kept, String removed) {
        this(kept, removed, Optional.empty());
    }

    /** A body that keeps everything and removes nothing. */
    public static Trimmed untouched(String text) {
        return new Trimmed(text, "");
    }

    /** True when nothing of the writer's own is left to publish. */
    public boolean isEmpty() {
        return kept.isBlank();
    }
}
