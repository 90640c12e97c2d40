package org.mail2blog.moderation;

/** The result of attaching a pending letter to a conversation; everything but {@code DONE} changed nothing. */
public enum AttachOutcome {
    /** The letter now belongs to the conversation and can be approved. */
    DONE,
    /** No letter has that id. */
    NO_LETTER,
    /** No conversation has that slug. */
    NO_CONVERSATION,
    /** The letter was already published or rejected. */
    ALREADY_DECIDED
}
