package org.mail2blog.admin;

import java.util.List;

/** The admin's list of conversations, drafts too, the newest first, each with its publish switch. */
public record ConversationsPage(String admin, String csrfToken, List<Row> rows, String notice) {
    public ConversationsPage {
        rows = List.copyOf(rows);
    }

    /**
     * One conversation as the admin sees it.
     *
     * @param letters      how many of its letters are published
     * @param replyAddress its reply address (admins only; readers see it as the reply link)
     * @param createdAt    when it was created, in the blog's zone
     * @param isClosed     true when it takes no new letters
     */
    public record Row(String slug, String title, boolean isPublished, int letters, String replyAddress,
                      String createdAt, boolean isClosed) {

        /** A conversation open to new letters. */
        public Row(String slug, String title, boolean isPublished, int letters, String replyAddress,
                   String createdAt) {
            this(slug, title, isPublished, letters, replyAddress, createdAt, false);
        }
    }
}
