package org.mail2blog.notify;

/**
 * An admin's reply to a moderation address changed nothing: the admin is told why.
 *
 * @param letterId  the letter the reply was about
 * @param refusal   why, as the name of a {@code Refusal} (the key of its text in {@code templates/i18n/})
 * @param firstLine the first line of the admin's trimmed reply, as we read it
 * @param queueUrl  the approval queue, {@code <base>/admin/}
 * @param answer    who gets the mail and how it threads
 */
public record ModerationRefused(long letterId, String refusal, String firstLine, String queueUrl,
                                AdminAnswer answer) {
}
