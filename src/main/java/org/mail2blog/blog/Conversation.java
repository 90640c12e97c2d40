package org.mail2blog.blog;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A blog post in the shape of a correspondence: intro, the letters (stored separately), outro.
 *
 * @param id          database id
 * @param slug        the URL name, {@code /t/{slug}}
 * @param title       the post title
 * @param intro       the blogger's text before the letters (plain text, paragraphs split by blank lines)
 * @param outro       the blogger's text after the letters (plain text, may be empty)
 * @param labels      labels shown in the footer
 * @param replyToken  the secret part of the conversation's reply address
 * @param createdAt   when the conversation was created
 * @param publishedAt when it was published; empty while it is a draft
 * @param closedAt    when it was closed to new letters; empty while it is open
 */
public record Conversation(long id, String slug, String title, String intro, String outro, List<String> labels,
                           String replyToken, OffsetDateTime createdAt, Optional<OffsetDateTime> publishedAt,
                           Optional<OffsetDateTime> closedAt) {
    public Conversation {
        labels = List.copyOf(labels);
    }

    public boolean isPublished() {
        return publishedAt.isPresent();
    }

    /** True while the conversation takes no new letters: its page stays, without the invitation to reply. */
    public boolean isClosed() {
        return closedAt.isPresent();
    }
}
