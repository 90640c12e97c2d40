package org.mail2blog.blog;

import java.time.OffsetDateTime;

/**
 * A letter of a conversation as the admin arranges it: published, taken off the page, or still
 * waiting. Holds no address.
 *
 * @param id         letter id
 * @param authorName the public name it appears under
 * @param writtenAt  when the author wrote it
 * @param body       the text as it is (or would be) published
 * @param state      where it stands
 */
public record ConversationLetter(long id, String authorName, OffsetDateTime writtenAt, String body, State state) {

    /** The states of a letter that the conversation's admin page shows. */
    public enum State {
        /** Waits in the approval queue. */
        PENDING,
        /** On the page. */
        PUBLISHED,
        /** Taken off the page by an admin; can be restored. */
        REMOVED
    }
}
