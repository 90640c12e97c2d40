package org.mail2blog.moderation;

import java.util.Optional;

import org.mail2blog.blog.Conversation;

/**
 * What became of starting a conversation from a pending letter.
 *
 * @param outcome      {@code DONE}, or why nothing changed ({@code NO_LETTER}, {@code ALREADY_DECIDED})
 * @param conversation the new draft conversation the letter now belongs to; empty unless {@code DONE}
 */
public record StartedFromLetter(AttachOutcome outcome, Optional<Conversation> conversation) {

    static StartedFromLetter refused(AttachOutcome outcome) {
        return new StartedFromLetter(outcome, Optional.empty());
    }
}
