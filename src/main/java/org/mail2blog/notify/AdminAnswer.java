package org.mail2blog.notify;

import java.util.List;
import java.util.Optional;

/**
 * Where our answer to an admin's moderation reply goes and how it threads under that reply.
 *
 * @param recipient         the admin's address
 * @param moderationAddress the letter's moderation address for this admin: the answer's Reply-To
 * @param replyMessageId    the Message-ID of the admin's reply, if it had one
 * @param replyReferences   the References of the admin's reply, oldest first
 */
public record AdminAnswer(String recipient, String moderationAddress, Optional<String> replyMessageId,
                          List<String> replyReferences) {
    public AdminAnswer {
        replyReferences = List.copyOf(replyReferences);
    }
}
