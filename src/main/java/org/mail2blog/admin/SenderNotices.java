package org.mail2blog.admin;

import java.util.Locale;
import java.util.Optional;

import org.mail2blog.sender.SenderDecision;
import org.mail2blog.sender.SenderDecisions;
import org.mail2blog.sender.SenderStatus;
import org.mail2blog.moderation.SpamLetters;

/**
 * The notices the senders page shows after the admin forgot a sender's decision or took a letter
 * out of spam: what was done, or why nothing was. Pure and thread-safe.
 */
public final class SenderNotices {
    private SenderNotices() {
    }

    /** The notice after "Forget" on {@code address}; {@code forgotten} is what was forgotten, if anything. */
    public static String forgot(String address, Optional<SenderDecision> forgotten) {
        if (address.isBlank()) {
            return "Name the sender's address to forget a decision about it.";
        } else if (address.length() > SenderDecisions.MAX_ADDRESS_LENGTH) {
            return "Nothing to forget: no address is longer than " + SenderDecisions.MAX_ADDRESS_LENGTH
                    + " characters.";
        }
        return forgotten.map(d -> d.address() + " is no longer " + d.status().name().toLowerCase(Locale.ROOT)
                        + (d.status() == SenderStatus.BANNED ? "; their next mail waits in the approval queue."
                                : "; their next letter waits in the approval queue like anyone's."))
                .orElse("Nothing to forget: nobody trusted or banned " + address.strip()
                        + " (perhaps another admin forgot it already).");
    }

    /** The notice after "Not spam" on letter {@code id}. */
    public static String released(long id, SpamLetters.Release release) {
        return switch (release) {
            case DONE -> "Letter " + id + " is back in the approval queue. A banned sender stays banned:"
                    + " forget the ban below if their next mail should wait in the queue too.";
            case NOT_FOUND -> "Letter " + id + " does not exist.";
            case NOT_SPAM -> "Letter " + id + " is not spam (any more), so nothing was changed.";
        };
    }
}
