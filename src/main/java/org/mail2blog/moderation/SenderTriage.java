package org.mail2blog.moderation;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.thread.Match;
import org.mail2blog.thread.MatchedBy;
import org.mail2blog.trim.Trimmed;
import org.mail2blog.trust.AuthVerdict;
import org.mail2blog.trust.AuthenticationCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.sender.Senders;

/**
 * Sorts a newly queued letter by its sender's standing ({@link Senders}) and its mail's
 * authentication ({@link AuthenticationCheck}), inside the queue's transaction: a banned sender's
 * letter becomes spam; a trusted sender's letter is published at once only when the mail
 * authenticates the From domain and nothing else needs a look; everything else waits. The verdict
 * is stored with every letter so the admin sees it. Each automatic decision gets an audit entry by
 * {@value #ACTOR}. Thread-safe.
 */
public final class SenderTriage {
    /** The actor of automatic decisions in the audit log. */
    public static final String ACTOR = "mail2blog";
    private static final Logger LOG = LoggerFactory.getLogger(SenderTriage.class);
    private final Senders senders;
    private final AuditLog audit;
    private final AuthenticationCheck check;

    public SenderTriage(Senders senders, AuditLog audit, AuthenticationCheck check) {
        this.senders = senders;
        this.audit = audit;
        this.check = check;
    }

    /**
     * Judges the just-inserted pending letter {@code letterId}, records the verdict on it and, for
     * spam or an automatic approval, changes its state, all in the caller's transaction. Telling
     * people is left to the caller.
     */
    Triage triage(Handle h, long letterId, ParsedMessage mail, Trimmed trimmed, Match match) {
        AuthVerdict verdict = check.check(mail.authenticationResults(), mail.fromAddress());
        Triage triage = Triage.of(senders.status(h, mail.fromAddress()), verdict, isPublishable(trimmed, match));
        h.createUpdate("UPDATE letter SET auth_verdict = :verdict, auth_explanation = :why,"
                        + " trust_unverified = :unverified WHERE id = :id")
                .bind("verdict", verdict.status().name().toLowerCase(Locale.ROOT))
                .bind("why", verdict.explanation()).bind("unverified", triage.isTrustUnverified())
                .bind("id", letterId).execute();
        switch (triage.disposition()) {
            case SPAM -> decide(h, letterId, "spam", "ban", "spam",
                    "sender " + mail.fromAddress() + " is banned. " + verdict.explanation());
            case PUBLISHED -> decide(h, letterId, "published", "trust", "auto-approve",
                    "trusted sender " + mail.fromAddress() + ". " + verdict.explanation());
            case PENDING -> { }
        }
        LOG.info("[moderation] letter={} sender={} auth={} disposition={} trustUnverified={}", letterId,
                triage.sender(), verdict.status(), triage.disposition(), triage.isTrustUnverified());
        return triage;
    }

    private static boolean isPublishable(Trimmed trimmed, Match match) {
        return !trimmed.isEmpty() && match.conversationId().isPresent() && match.by() != MatchedBy.SUBJECT_GUESS
                && !match.isSenderMismatch();
    }

    private void decide(Handle h, long letterId, String state, String decidedBy, String action, String detail) {
        h.createUpdate("UPDATE letter SET state = :state, decided_at = :now, decided_by = :by WHERE id = :id")
                .bind("state", state).bind("now", OffsetDateTime.now()).bind("by", decidedBy).bind("id", letterId)
                .execute();
        audit.record(h, ACTOR, action, "letter " + letterId, detail);
    }

    /**
     * The verdict's explanation when {@code letterId} came from a trusted sender without
     * authentication, for the admin's pending notice; empty otherwise.
     */
    static Optional<String> findTrustUnverified(Handle h, long letterId) {
        return h.createQuery("SELECT auth_explanation FROM letter WHERE id = :id AND trust_unverified")
                .bind("id", letterId).mapTo(String.class).findOne();
    }
}
