package org.mail2blog.follow;

/**
 * Behind an unsubscribe link: the unsubscribe button, then the confirmation.
 *
 * @param token  the unsubscribe token, the form's target
 * @param slug   the conversation's URL name
 * @param title  the conversation's title
 * @param isDone true once unsubscribed
 */
public record UnsubscribePage(String token, String slug, String title, boolean isDone) {
}
