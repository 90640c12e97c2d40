package org.mail2blog.start;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.blog.Slugs;
import org.mail2blog.exchange.ExchangeExtractor;
import org.mail2blog.mime.MessageRejected;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.moderation.EmbeddedLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a conversation from an admin's mail (see {@link StartCommandDetector}): an unpublished
 * conversation with the {@link Draft}'s title and intro, no labels and no outro, and the letters of
 * a forwarded exchange as its published letters. The mail itself is not queued as a letter: it is
 * marked read in the same transaction, so a redelivered mail starts nothing twice. Thread-safe.
 */
public final class ConversationStarter {
    private static final Logger LOG = LoggerFactory.getLogger(ConversationStarter.class);
    private static final int DECIDER_LENGTH = 64;
    private final Jdbi jdbi;
    private final ConversationRepository conversations;
    private final EmbeddedLetters embeddedLetters;
    private final ExchangeExtractor extractor;

    public ConversationStarter(Jdbi jdbi, ConversationRepository conversations, EmbeddedLetters embeddedLetters,
                               ExchangeExtractor extractor) {
        this.jdbi = jdbi;
        this.conversations = conversations;
        this.embeddedLetters = embeddedLetters;
        this.extractor = extractor;
    }

    /**
     * Creates the draft conversation from the stored mail {@code messageKey}.
     *
     * @param raw the stored mail's bytes, read again for attached messages
     * @return the new conversation; empty when the stored mail was already handled
     * @throws MessageRejected when an attached message of the mail cannot be read
     */
    public Optional<Started> start(long messageKey, ParsedMessage mail, byte[] raw) throws MessageRejected {
        Draft draft = Draft.of(mail, extractor.extract(raw));
        String admin = mail.fromAddress().length() > DECIDER_LENGTH
                ? mail.fromAddress().substring(0, DECIDER_LENGTH) : mail.fromAddress();
        return jdbi.inTransaction(h -> {
            Optional<String> state = h.createQuery("SELECT state FROM message WHERE id = :k FOR UPDATE")
                    .bind("k", messageKey).mapTo(String.class).findOne();
            if (!state.equals(Optional.of("received"))) {
                LOG.info("[start] message key={} already handled ({}); no conversation started", messageKey,
                        state.orElse("not stored"));
                return Optional.empty();
            }
            Conversation conversation = conversations.createWithFreeSlug(h, new NewConversation(
                    Slugs.of(draft.title()), draft.title(), draft.intro(), "", List.of(), false));
            embeddedLetters.importPublished(h, messageKey, draft.letters(), conversation.id(), admin);
            h.createUpdate("UPDATE message SET state = 'read' WHERE id = :k").bind("k", messageKey).execute();
            LOG.info("[start] message key={} from admin {} started unpublished conversation={} slug={} with {}"
                            + " forwarded letters; the mail is marked read, not queued as a letter", messageKey, admin,
                    conversation.id(), conversation.slug(), draft.letters().size());
            return Optional.of(new Started(conversation.id(), conversation.slug(), draft.letters().size()));
        });
    }
}
