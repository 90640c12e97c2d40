package org.mail2blog.follow;

/**
 * The answer to the follow form: the same "check your mail" whether or not the address already
 * follows, or the form again with a message when the address cannot be one.
 *
 * @param slug    the conversation's URL name
 * @param title   the conversation's title
 * @param address what was typed, shown again only when it was refused
 * @param isValid false when the address was refused (the page is then a 400)
 */
public record FollowRequestPage(String slug, String title, String address, boolean isValid) {
}
