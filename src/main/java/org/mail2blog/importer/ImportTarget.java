package org.mail2blog.importer;

import java.util.Optional;

/**
 * Where the imported letters go and in which state.
 *
 * @param slug        an existing conversation's slug ({@code --conversation}); empty with a title
 * @param newTitle    the title of a conversation to create ({@code --new}); empty with a slug
 * @param isQueued    true: the letters wait in the approval queue ({@code --queue}); false: published
 * @param actor       who imports, as the audit log and each published letter's decider name it
 */
public record ImportTarget(Optional<String> slug, Optional<String> newTitle, boolean isQueued, String actor) {
    /** The longest title a conversation may have. */
    public static final int MAX_TITLE_LENGTH = 300;

    public ImportTarget {
        if (slug.isPresent() == newTitle.isPresent()) {
            throw new IllegalArgumentException("an import needs either a conversation's slug or a new title, not "
                    + (slug.isPresent() ? "both" : "neither"));
        }
    }

    /** Into the existing conversation {@code slug}. */
    public static ImportTarget existing(String slug, boolean isQueued, String actor) {
        return new ImportTarget(Optional.of(slug), Optional.empty(), isQueued, actor);
    }

    /** Into a new unpublished conversation titled {@code title}. */
    public static ImportTarget created(String title, boolean isQueued, String actor) {
        return new ImportTarget(Optional.empty(), Optional.of(title), isQueued, actor);
    }
}
