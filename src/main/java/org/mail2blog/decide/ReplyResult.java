package org.mail2blog.decide;

/**
 * What became of a mail in the moderation step, for the route: a mail to a moderation address is
 * never a letter, and its stored copy is marked with {@code kind} and {@code detail}.
 *
 * @param isModerationMail true when the mail went to a moderation address (applied or refused)
 * @param kind             {@link ModerationReplies#APPLIED} or {@link ModerationReplies#REFUSED}; empty otherwise
 * @param detail           what was done or why nothing was, for the admin page; empty otherwise
 */
public record ReplyResult(boolean isModerationMail, String kind, String detail) {
    /** The mail is not for moderation: it goes on to become a letter. */
    public static final ReplyResult NOT_MODERATION = new ReplyResult(false, "", "");

    static ReplyResult applied(String detail) {
        return new ReplyResult(true, ModerationReplies.APPLIED, detail);
    }

    static ReplyResult refused(Refusal refusal, String detail) {
        return new ReplyResult(true, ModerationReplies.REFUSED, refusal + ": " + detail);
    }
}
