package org.mail2blog.notify;

/**
 * Someone asked on the page to follow a conversation with this address: its owner must confirm
 * (double opt-in), because anyone can type anyone's address into the form.
 *
 * @param conversationId    the conversation
 * @param recipient         the address to confirm
 * @param conversationTitle the conversation's title
 * @param conversationUrl   the conversation's page
 * @param confirmUrl        the page with the confirm button, {@code <base>/follow/<token>}
 */
public record FollowRequested(long conversationId, String recipient, String conversationTitle,
                              String conversationUrl, String confirmUrl) {
}
