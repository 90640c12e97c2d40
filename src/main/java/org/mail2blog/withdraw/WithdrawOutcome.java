package org.mail2blog.withdraw;
import org.mail2blog.withdraw.WithdrawOutcome;

/** What became of a writer's request to withdraw a letter. */
public enum WithdrawOutcome {
    /** The letter was pending or published and is now withdrawn. */
    WITHDRAWN,
    /** The letter was already withdrawn or rejected; nothing changed. */
    ALREADY_GONE,
    /** No letter has this token. */
    NOT_FOUND
}
