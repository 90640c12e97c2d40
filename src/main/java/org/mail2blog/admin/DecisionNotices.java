package org.mail2blog.admin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mail2blog.moderation.AttachOutcome;
import org.mail2blog.moderation.BulkOutcome;
import org.mail2blog.moderation.Decision;
import org.mail2blog.moderation.LetterDecisions;
import org.mail2blog.moderation.Outcome;
import org.mail2blog.moderation.StartedFromLetter;

/**
 * The notices the queue page shows after a decision: what was done, or why nothing was and what the
 * admin can do instead. Pure and thread-safe.
 */
public final class DecisionNotices {
    /** The decisions a notice can speak of. */
    public enum Action {
        APPROVE("published."),
        APPROVE_AND_TRUST("published; its sender is trusted from now on."),
        EDIT_AND_APPROVE("published with your edits; the original text is kept."),
        REJECT("rejected."),
        REJECT_WITH_REASON("rejected; the reason is mailed to the sender (at most one such mail a day)."),
        SPAM("set aside as spam; its sender is banned.");

        private final String done;

        Action(String done) {
            this.done = done;
        }
    }

    private DecisionNotices() {
    }

    /** The notice after one decision on letter {@code id}. */
    public static String of(long id, Action action, Outcome outcome) {
        return "Letter " + id + (outcome == Outcome.DONE ? " " + action.done : ": " + why(outcome, action));
    }

    /** The notice after a bulk decision: how many were done, which were refused and why. */
    public static String of(BulkOutcome bulk) {
        if (bulk.outcomes().isEmpty()) {
            return "Tick at least one letter for a bulk decision.";
        }
        List<Long> done = bulk.done();
        String verb = bulk.decision() == Decision.APPROVE ? "published" : "rejected";
        String summary = done.size() + " of " + bulk.outcomes().size() + " letters " + verb
                + (done.isEmpty() ? "." : " (" + ids(done) + ").");
        Map<Long, Outcome> refused = bulk.refused();
        if (refused.isEmpty()) {
            return summary;
        }
        Action action = bulk.decision() == Decision.APPROVE ? Action.APPROVE : Action.REJECT;
        return summary + " Not done: " + refused.entrySet().stream()
                .map(e -> "letter " + e.getKey() + ": " + why(e.getValue(), action))
                .collect(Collectors.joining("; ")) + ".";
    }

    /** The notice after attaching or moving letter {@code id} to the conversation {@code slug}. */
    public static String attached(long id, String slug, AttachOutcome outcome) {
        return switch (outcome) {
            case DONE -> "Letter " + id + " now belongs to " + slug + "; it can be approved there.";
            case NO_CONVERSATION -> "Choose a conversation for letter " + id + ".";
            default -> "Letter " + id + ": " + whyNot(outcome);
        };
    }

    /** The notice after starting a conversation from letter {@code id}. */
    public static String started(long id, StartedFromLetter started) {
        return started.conversation()
                .map(c -> "Letter " + id + " starts the draft conversation \u201c" + c.title() + "\u201d (/t/"
                        + c.slug() + "). Approve the letter here, then edit and publish the conversation"
                        + " under Conversations.")
                .orElse("Letter " + id + ": " + whyNot(started.outcome()));
    }

    private static String why(Outcome outcome, Action action) {
        return switch (outcome) {
            case DONE -> "done";
            case NOT_FOUND -> "no such letter";
            case ALREADY_DECIDED -> "it was already decided (or withdrawn by its writer)";
            case UNMATCHED -> "it matches no conversation, so it cannot be published; attach it to one first";
            case EMPTY -> "nothing is left after trimming, so there is nothing to publish; reject it instead";
            case INVALID -> action == Action.EDIT_AND_APPROVE
                    ? "the text must not be empty and at most " + LetterDecisions.MAX_EDIT_LENGTH + " characters"
                    : "a reason can have at most " + LetterDecisions.MAX_REASON_LENGTH + " characters";
        };
    }

    private static String whyNot(AttachOutcome outcome) {
        return switch (outcome) {
            case DONE -> "done";
            case NO_LETTER -> "no such letter";
            case NO_CONVERSATION -> "no such conversation";
            case ALREADY_DECIDED -> "it was already decided (or withdrawn by its writer)";
        };
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
