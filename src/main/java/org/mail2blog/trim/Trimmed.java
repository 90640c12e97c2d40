package org.mail2blog.trim;

import java.util.Objects;

/**
 * The result of trimming a reply: the writer's own text ({@code kept}) and everything cut away
 * ({@code removed}: quoted history, attribution lines, signatures). No text is ever lost: what was
 * not kept is in {@code removed}. Both parts use {@code \n} line ends.
 *
 * @param kept    the text as it would be published, never null
 * @param removed what was cut away, empty when nothing was, never null
 */
public record Trimmed(String kept, String removed) {
    public Trimmed {
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(removed, "removed");
    }

    /** A body that keeps everything and removes nothing. */
    public static Trimmed untouched(String text) {
        return new Trimmed(text, "");
    }
}
