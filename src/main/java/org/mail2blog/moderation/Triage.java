package org.mail2blog.moderation;

import org.mail2blog.trust.AuthVerdict;
import org.mail2blog.sender.SenderStatus;

/**
 * What became of a letter when it was queued, and why: its sender's standing and its mail's
 * authentication verdict.
 *
 * @param disposition       spam, published at once, or pending
 * @param sender            the sender's standing when the letter arrived
 * @param verdict           what the trusted Authentication-Results say about the From domain
 * @param isTrustUnverified true when the sender is trusted but the mail did not authenticate: the
 *                          letter waits, flagged, because a forged From must never inherit trust
 */
public record Triage(Disposition disposition, SenderStatus sender, AuthVerdict verdict, boolean isTrustUnverified) {

    /** Where a letter goes when it is queued. */
    public enum Disposition {
        /** The sender is banned: stored as spam, nobody is told. */
        SPAM,
        /** A trusted sender's authenticated, publishable letter: published at once, as by an approval. */
        PUBLISHED,
        /** Waits for an admin's decision. */
        PENDING
    }

    /**
     * Decides, without side effects.
     *
     * @param isPublishable true when the letter could be approved without a look: matched to its
     *                      conversation by a reply address or references (not a subject guess, no
     *                      token/sender mismatch) and not empty after trimming
     */
    static Triage of(SenderStatus sender, AuthVerdict verdict, boolean isPublishable) {
        return switch (sender) {
            case BANNED -> new Triage(Disposition.SPAM, sender, verdict, false);
            case TRUSTED -> verdict.isAuthenticated()
                    ? new Triage(isPublishable ? Disposition.PUBLISHED : Disposition.PENDING, sender, verdict, false)
                    : new Triage(Disposition.PENDING, sender, verdict, true);
            case ORDINARY -> new Triage(Disposition.PENDING, sender, verdict, false);
        };
    }

    public boolean isPending() {
        return disposition == Disposition.PENDING;
    }
}
