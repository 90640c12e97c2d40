package org.mail2blog.start;

/**
 * A conversation an admin's mail started, still unpublished.
 *
 * @param conversationId the new conversation
 * @param slug           its URL name
 * @param letters        how many letters of a forwarded exchange it was given (published with it)
 */
public record Started(long conversationId, String slug, int letters) {
}
