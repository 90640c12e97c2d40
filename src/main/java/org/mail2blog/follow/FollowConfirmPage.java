package org.mail2blog.follow;

/**
 * Behind a confirmation link: the confirm button (a GET never confirms, since link checkers follow
 * links), then the confirmation.
 *
 * @param token  the confirmation token, the form's target
 * @param slug   the conversation's URL name
 * @param title  the conversation's title
 * @param isDone true once confirmed
 */
public record FollowConfirmPage(String token, String slug, String title, boolean isDone) {
}
