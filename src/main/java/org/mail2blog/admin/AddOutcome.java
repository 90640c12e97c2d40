package org.mail2blog.admin;

/** What became of a request to add an admin account. */
public enum AddOutcome {
    ADDED,
    /** Another account has that user name. */
    NAME_TAKEN,
    /** Another account has that mail address. */
    EMAIL_TAKEN
}
