package org.mail2blog.decide;

import org.jdbi.v3.core.Jdbi;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.moderation.Decision;
import org.mail2blog.moderation.ModerationAddress;
import org.mail2blog.moderation.QueueItem;
import org.mail2blog.notify.AdminAnswer;
import org.mail2blog.notify.ModerationDone;
import org.mail2blog.notify.ModerationNotifier;
import org.mail2blog.notify.ModerationRefused;

/**
 * The mails that answer an admin's moderation reply, written to the outbox: the confirmation of
 * what was done, or why nothing was. Thread-safe.
 */
public final class AdminAnswers {
    private final Jdbi jdbi;
    private final ModerationNotifier notifier;
    private final ModerationAddress addresses;
    private final String baseUrl;

    /** @param baseUrl the public base URL without trailing slash, for the links in the mails */
    public AdminAnswers(Jdbi jdbi, ModerationNotifier notifier, ModerationAddress addresses, String baseUrl) {
        this.jdbi = jdbi;
        this.notifier = notifier;
        this.addresses = addresses;
        this.baseUrl = baseUrl;
    }

    /** Tells the admin what their command did to the letter. */
    void confirm(ParsedMessage reply, QueueItem letter, Command command) {
        boolean isApproved = command.decision() == Decision.APPROVE;
        String letterUrl = isApproved
                ? baseUrl + "/t/" + letter.conversationSlug().orElseThrow() + "#letter-" + letter.id() : "";
        ModerationDone done = new ModerationDone(letter.id(), isApproved, command.reason(), letter.fromName(),
                letter.conversationTitle().orElse(""), letterUrl, queueUrl(), answer(reply, letter.id()));
        jdbi.useTransaction(h -> notifier.decided(h, done));
    }

    /**
     * Tells the admin why their reply changed nothing (rate-limited by the notifier).
     *
     * @return true when the mail was queued
     */
    boolean refuse(ParsedMessage reply, long letterId, Refusal refusal, String firstLine) {
        ModerationRefused refused = new ModerationRefused(letterId, refusal.name(), firstLine, queueUrl(),
                answer(reply, letterId));
        return jdbi.inTransaction(h -> notifier.refused(h, refused));
    }

    private AdminAnswer answer(ParsedMessage reply, long letterId) {
        return new AdminAnswer(reply.fromAddress(), addresses.forLetter(letterId, reply.fromAddress()),
                reply.messageId(), reply.references());
    }

    private String queueUrl() {
        return baseUrl + "/admin/";
    }
}
