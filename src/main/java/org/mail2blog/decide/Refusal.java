package org.mail2blog.decide;

/**
 * Why a mail to a moderation address changed nothing. The first three mean the mail may not come
 * from the admin the address was made for, so nobody is answered; for the others, the admin's
 * genuine reply could not be applied and the admin is told why (texts
 * {@code mail.moderation.refused.<NAME>} in {@code templates/i18n/}).
 */
public enum Refusal {
    /** The From address is not one of the admin addresses (not answered). */
    NOT_ADMIN,
    /** The token is malformed, or signed for another letter or another admin (not answered). */
    BAD_TOKEN,
    /** Authentication results are configured and the mail is not authenticated for its From domain (not answered). */
    NOT_AUTHENTICATED,
    /** The first line of the trimmed reply is not a command. */
    UNKNOWN_COMMAND,
    /** The letter no longer waits for a decision (decided, withdrawn or gone). */
    NOT_PENDING,
    /** Approval asked for a letter that belongs to no conversation yet. */
    UNMATCHED,
    /** Approval asked for a letter with nothing of the writer's own left after trimming. */
    EMPTY
}
