package org.mail2blog.moderation;

/** The result of applying a {@link Decision}; everything but {@code DONE} changed nothing. */
public enum Outcome {
    /** The decision was recorded. */
    DONE,
    /** No letter has that id. */
    NOT_FOUND,
    /** The letter was already decided. */
    ALREADY_DECIDED,
    /** The letter belongs to no conversation yet, so it cannot be published. */
    UNMATCHED,
    /** Nothing of the writer's own was left after trimming, so there is nothing to publish. */
    EMPTY,
    /** The admin's input was not acceptable (e.g. a blank public name). */
    INVALID
}
