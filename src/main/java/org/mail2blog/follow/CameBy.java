package org.mail2blog.follow;

/** How someone came to follow a conversation. */
public enum CameBy {
    /** A letter of theirs was published there. */
    WROTE,
    /** They asked on the conversation's page and confirmed by mail. */
    PAGE,
    /** They mailed the word "follow" to the conversation. */
    MAIL
}
