package org.mail2blog.notify;

/**
 * An admin's decision by mail was applied: the admin is told what was done to which letter.
 *
 * @param letterId          the letter
 * @param isApproved        true when published, false when rejected
 * @param reason            the reason given with a rejection; empty when none
 * @param publicName        the name the letter is (or would have been) published under
 * @param conversationTitle the conversation's title; empty when unmatched
 * @param letterUrl         the published letter on its page; empty when rejected
 * @param queueUrl          the approval queue, {@code <base>/admin/}
 * @param answer            who gets the mail and how it threads
 */
public record ModerationDone(long letterId, boolean isApproved, String reason, String publicName,
                             String conversationTitle, String letterUrl, String queueUrl, AdminAnswer answer) {
}
