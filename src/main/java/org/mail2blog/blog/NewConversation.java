package org.mail2blog.blog;

import java.util.List;

/** What the blogger writes to start a conversation; the repository adds id, token and times. */
public record NewConversation(String slug, String title, String intro, String outro, List<String> labels,
                              boolean published) {
    public NewConversation {
        labels = List.copyOf(labels);
    }
}
