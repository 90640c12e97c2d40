package org.mail2blog.moderation;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.sender.Senders;
import org.mail2blog.sender.SenderStatus;

/**
 * An admin's decisions on a pending letter: approve (and trust the sender), edit then approve,
 * reject (with a reason mailed to the sender), spam (and ban the sender), one letter or many.
 * Each decision is one transaction: the letter's new state, what it causes (the sender's status,
 * the mail to the author, followers or the rejected sender) and its audit log entry commit together
 * or not at all. A refused decision changes nothing and is not logged as a decision.
 *
 * <p>{@code actor} is who decided, as the audit log keeps it: an admin's user name, {@code api},
 * or whatever the caller passes ({@code <name> by mail}). Thread-safe.
 */
public final class LetterDecisions {
    /** The longest reason the admin can give for a rejection. */
    public static final int MAX_REASON_LENGTH = 1000;
    /** The longest text an admin's edit can publish. */
    public static final int MAX_EDIT_LENGTH = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(LetterDecisions.class);
    private final Jdbi jdbi;
    private final LetterNotices notices;
    private final Senders senders;
    private final AuditLog audit;
    private final TokenScrubber scrubber;

    LetterDecisions(Jdbi jdbi, LetterNotices notices, Senders senders, AuditLog audit, TokenScrubber scrubber) {
        this.jdbi = jdbi;
        this.notices = notices;
        this.senders = senders;
        this.audit = audit;
        this.scrubber = scrubber;
    }

    /** One step of a decision inside its transaction; returns the audit entry's detail. */
    @FunctionalInterface
    private interface Step {
        String apply(Handle h, PendingLetter letter);
    }

    /** Publishes the letter; with {@code trust}, its sender is {@link SenderStatus#TRUSTED} from now on. */
    public Outcome approve(long id, boolean trust, String actor) {
        return decide(id, actor, trust ? "approve-and-trust" : "approve", true, (h, letter) -> {
            letter.close(h, "published", actor);
            notices.published(h, id);
            if (!trust) {
                return "";
            }
            senders.set(h, letter.authorAddress(), SenderStatus.TRUSTED, actor);
            return "trusted sender " + letter.authorAddress();
        });
    }

    /**
     * Publishes the admin's text instead of the trimmed one; the trimmed text and the raw mail are
     * kept. Line breaks become {@code \n}, the ends are stripped, and our own tokens and private
     * links are taken out as from every body. A blank text, or one over {@value #MAX_EDIT_LENGTH}
     * characters, is refused with {@link Outcome#INVALID}.
     */
    public Outcome editAndApprove(long id, String text, String actor) {
        String edited = scrubber.scrub(text.replace("\r\n", "\n").replace('\r', '\n').strip());
        if (edited.isEmpty() || edited.length() > MAX_EDIT_LENGTH) {
            return Outcome.INVALID;
        }
        return decide(id, actor, "edit-and-approve", true, (h, letter) -> {
            h.createUpdate("UPDATE letter SET edited_body = :text, edited_by = :by, edited_at = :now WHERE id = :id")
                    .bind("text", edited).bind("by", actor).bind("now", OffsetDateTime.now()).bind("id", id)
                    .execute();
            letter.close(h, "published", actor);
            notices.published(h, id);
            return "published the edited text (" + edited.length() + " characters; the trimmed text had "
                    + letter.body().length() + ")";
        });
    }

    /**
     * Rejects the letter. A reason (blank for none; at most {@value #MAX_REASON_LENGTH} characters,
     * else {@link Outcome#INVALID}) is stored and mailed to the sender, when the sender is a person
     * who got no rejection mail within a day; without a reason nobody is told.
     */
    public Outcome reject(long id, String reason, String actor) {
        String why = reason.strip();
        if (why.length() > MAX_REASON_LENGTH) {
            return Outcome.INVALID;
        }
        return decide(id, actor, "reject", false, (h, letter) -> {
            letter.close(h, "rejected", actor);
            if (why.isEmpty()) {
                return "";
            }
            h.createUpdate("UPDATE letter SET reject_reason = :why WHERE id = :id").bind("why", why).bind("id", id)
                    .execute();
            return why + " [" + notices.rejected(h, id, why).description() + "]";
        });
    }

    /** Sets the letter aside as spam, silently (no mail to anyone), and bans its sender. */
    public Outcome spam(long id, String actor) {
        return decide(id, actor, "spam-and-ban", false, (h, letter) -> {
            letter.close(h, "spam", actor);
            senders.set(h, letter.authorAddress(), SenderStatus.BANNED, actor);
            return "banned sender " + letter.authorAddress();
        });
    }

    /**
     * Approves (without trust) or rejects (without a reason) every listed letter, each on its own:
     * a letter that cannot take the decision is listed with its outcome, the others are decided.
     * Repeated ids count once.
     */
    public BulkOutcome decideAll(List<Long> ids, Decision decision, String actor) {
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        for (long id : new LinkedHashSet<>(ids)) {
            outcomes.put(id, decision == Decision.APPROVE ? approve(id, false, actor) : reject(id, "", actor));
        }
        return new BulkOutcome(decision, outcomes);
    }

    private Outcome decide(long id, String actor, String action, boolean publishes, Step step) {
        Outcome outcome = jdbi.inTransaction(h -> {
            Optional<PendingLetter> letter = PendingLetter.lock(h, id);
            Optional<Outcome> refusal = letter.isEmpty() ? Optional.of(Outcome.NOT_FOUND)
                    : letter.get().refusal(publishes);
            if (refusal.isPresent()) {
                return refusal.get();
            }
            audit.record(h, actor, action, letter.get().target(), step.apply(h, letter.get()));
            return Outcome.DONE;
        });
        LOG.info("[moderation] letter={} decision={} by={} outcome={}", id, action, actor, outcome);
        return outcome;
    }
}
