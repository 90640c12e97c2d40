package org.mail2blog.admin;

import java.util.List;

/** One pending letter on a page of its own, with its original mail in full and its decision forms. */
public record QueueItemPage(String admin, String csrfToken, QueuePage.Item item, List<QueuePage.Choice> conversations) {
    public QueueItemPage {
        conversations = List.copyOf(conversations);
    }
}
