package org.mail2blog.decide;

/**
 * Why a mail to a moderation address changed nothing. Only an admin whose reply was genuine but
 * could not be applied is answered; a stranger, a bad token or an unauthenticated mail never is.
 */
public enum Refusal {
    /** The From address is not one of the admin addresses. */
    NOT_ADMIN(false),
    /** The token is malformed, or signed for another letter or another admin. */
    BAD_TOKEN(false),
    /** Authentication results are configured and the mail is not authenticated for its From domain. */
    NOT_AUTHENTICATED(false),
    /** The first line of the trimmed reply is not a command. */
    UNKNOWN_COMMAND(true),
    /** The letter no longer waits for a decision (decided, withdrawn or gone). */
    NOT_PENDING(true),
    /** Approval asked for a letter that belongs to no conversation yet. */
    UNMATCHED(true),
    /** Approval asked for a letter with nothing of the writer's own left after trimming. */
    EMPTY(true);

    private final boolean isAnswered;

    Refusal(boolean isAnswered) {
        this.isAnswered = isAnswered;
    }

    /** True when the admin gets a mail saying why. */
    public boolean isAnswered() {
        return isAnswered;
    }
}
