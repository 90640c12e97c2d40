package org.mail2blog.thread;

/** How a mail was tied to its conversation, strongest first. */
public enum MatchedBy {
    /** An admin tied it by hand: attached from the unmatched inbox, or imported from a forwarded exchange. */
    ADMIN,
    /** Sent to the conversation's own reply address ({@code blog+<token>@…}). */
    REPLY_ADDRESS,
    /**
     * Sent to a per-recipient reply address of a mail we sent one person about the conversation;
     * when the sender is not that person, the {@link Match} says so.
     */
    RECIPIENT_ADDRESS,
    /** Its In-Reply-To or References names a mail we stored for that conversation. */
    REFERENCES,
    /**
     * Only its subject, without reply prefixes, equals the title of one recently active published
     * conversation: a guess, which the admin must check; never published without a decision.
     */
    SUBJECT_GUESS,
    /** Nothing tied it to a conversation: it waits, unmatched, for the admin. */
    NONE,
    /**
     * Filed by an admin's import of an existing exchange ({@code ./mail2blog import}): written long
     * ago, to other people; publishing it tells nobody and makes nobody a follower.
     */
    IMPORTED
}
