package org.mail2blog.sender;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.sender.Senders;
import org.mail2blog.sender.SenderStatus;
import org.mail2blog.sender.SenderDecision;
import org.mail2blog.sender.SenderDecisions;

/**
 * The admins' standing decisions about senders (trusted, banned) as a list they can review, and
 * taking one back: forgetting a decision makes the address ordinary again, so its next letter waits
 * in the queue like anyone's. Forgetting and its audit entry ({@code untrust} or {@code unban},
 * target {@code sender <address>}) commit together. Letters already decided stay as they are.
 * Thread-safe.
 */
public final class SenderDecisions {
    /** The longest address anyone can have a decision about (the column's width). */
    public static final int MAX_ADDRESS_LENGTH = 320;
    private static final Logger LOG = LoggerFactory.getLogger(SenderDecisions.class);
    private static final int MAX_TARGET = 200;
    private final Jdbi jdbi;
    private final Senders senders;
    private final AuditLog audit;

    public SenderDecisions(Jdbi jdbi, Senders senders, AuditLog audit) {
        this.jdbi = jdbi;
        this.senders = senders;
        this.audit = audit;
    }

    /** The newest {@code limit} decisions, newest first. */
    public List<SenderDecision> list(int limit) {
        return jdbi.withHandle(h -> senders.list(h, limit));
    }

    /** How many addresses are trusted or banned. */
    public int count() {
        return jdbi.withHandle(senders::count);
    }

    /**
     * Makes {@code address} ordinary again (compared without regard to case).
     *
     * @param actor who forgot it, as the audit log keeps it
     * @return the decision that was forgotten; empty when there was none (then nothing changed and
     *         nothing was logged)
     */
    public Optional<SenderDecision> forget(String address, String actor) {
        Optional<SenderDecision> forgotten = jdbi.inTransaction(h -> {
            Optional<SenderDecision> decision = senders.findDecision(h, address);
            decision.ifPresent(d -> {
                senders.set(h, d.address(), SenderStatus.ORDINARY, actor);
                audit.record(h, actor, action(d.status()), target(d.address()), "was " + d.status().name()
                        .toLowerCase(Locale.ROOT) + " by " + d.decidedBy() + " since " + d.decidedAt()
                        + "; " + d.address() + " is an ordinary sender now");
            });
            return decision;
        });
        LOG.info("[moderation] sender decision forgotten by={} forgot={}", actor,
                forgotten.map(d -> d.status().name()).orElse("nothing"));
        return forgotten;
    }

    private static String action(SenderStatus forgotten) {
        return forgotten == SenderStatus.TRUSTED ? "untrust" : "unban";
    }

    /** How the audit log names a sender; an address too long for the column is cut (the detail has it whole). */
    static String target(String address) {
        String target = "sender " + address;
        return target.length() > MAX_TARGET ? target.substring(0, MAX_TARGET) : target;
    }
}
