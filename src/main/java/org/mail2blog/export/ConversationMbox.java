package org.mail2blog.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.PublishedLetter;

/** A published conversation's published letters, in reading order, as an mboxrd file. */
public final class ConversationMbox {
    private final ConversationRepository conversations;
    private final LetterRepository letters;
    private final LetterMails mails;

    public ConversationMbox(ConversationRepository conversations, LetterRepository letters, LetterMails mails) {
        this.conversations = conversations;
        this.letters = letters;
        this.mails = mails;
    }

    /** The published conversation with this slug; empty for an unknown slug or a draft. */
    public Optional<Conversation> find(String slug) {
        return conversations.findBySlug(slug).filter(Conversation::isPublished);
    }

    /** Writes the conversation's published letters to {@code out}; returns how many. */
    public int write(Conversation conversation, OutputStream out) throws IOException, MessagingException {
        Mbox mbox = new Mbox(out);
        List<PublishedLetter> published = letters.listPublished(conversation.id());
        for (PublishedLetter letter : published) {
            mbox.append(LetterMails.HIDDEN_ADDRESS, letter.writtenAt(), mails.toMail(conversation, letter));
        }
        return published.size();
    }
}
