package org.mail2blog.moderation;

/** The result of an admin's change to a letter of a conversation; everything but {@code DONE} changed nothing. */
public enum LetterChange {
    /** The change was made and recorded in the audit log. */
    DONE,
    /** There was nothing to change: the letter is already first or last, or already has that name. */
    UNCHANGED,
    /** The conversation has no letter with that id. */
    NOT_FOUND,
    /** The letter's state does not allow it (only published letters are removed or moved, only removed ones restored). */
    NOT_ALLOWED,
    /** The admin's input was not acceptable (a blank or multi-line public name). */
    INVALID
}
