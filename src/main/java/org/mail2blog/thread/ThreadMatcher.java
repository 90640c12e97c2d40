package org.mail2blog.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.RecipientTokens;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.mime.ParsedMessage;

/**
 * Finds the conversation a mail answers: first by the reply address it was sent to (a conversation's
 * own, then a per-recipient one), then by its In-Reply-To/References; only when neither says
 * anything, by a {@link SubjectGuess}. Thread-safe.
 */
public final class ThreadMatcher {
    private final ReplyAddress replyAddress;
    private final ConversationRepository conversations;
    private final Jdbi jdbi;
    private final SubjectGuess subjectGuess;
    private final RecipientTokens recipientTokens;

    public ThreadMatcher(ReplyAddress replyAddress, ConversationRepository conversations, Jdbi jdbi,
                         SubjectGuess subjectGuess) {
        this.replyAddress = replyAddress;
        this.conversations = conversations;
        this.jdbi = jdbi;
        this.subjectGuess = subjectGuess;
        this.recipientTokens = new RecipientTokens(jdbi); // stateless over the same database
    }

    public Match match(ParsedMessage mail) {
        return byReplyAddress(mail).or(() -> byRecipientAddress(mail)).or(() -> byReferences(mail))
                .or(() -> subjectGuess.guess(mail)).orElse(Match.NONE);
    }

    /** A per-recipient address: matched when its recipient wrote, flagged when someone else did. */
    private Optional<Match> byRecipientAddress(ParsedMessage mail) {
        return mail.recipients().stream()
                .map(replyAddress::tokenIn).flatMap(Optional::stream)
                .map(recipientTokens::find).flatMap(Optional::stream)
                .findFirst().map(b -> b.address().equalsIgnoreCase(mail.fromAddress())
                        ? Match.of(b.conversationId(), MatchedBy.RECIPIENT_ADDRESS)
                        : Match.senderMismatch(b.conversationId()));
    }

    private Optional<Match> byReplyAddress(ParsedMessage mail) {
        return mail.recipients().stream()
                .map(replyAddress::tokenIn).flatMap(Optional::stream)
                .map(conversations::findByReplyToken).flatMap(Optional::stream)
                .findFirst().map(c -> Match.of(c.id(), MatchedBy.REPLY_ADDRESS));
    }

    private Optional<Match> byReferences(ParsedMessage mail) {
        List<String> ids = new ArrayList<>();
        mail.inReplyTo().ifPresent(ids::add);
        for (int i = mail.references().size() - 1; i >= 0; i--) {
            ids.add(mail.references().get(i)); // newest reference first: the mail it answers
        }
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return ids.stream().map(this::conversationOf).flatMap(Optional::stream).findFirst()
                .map(id -> Match.of(id, MatchedBy.REFERENCES));
    }

    /** The conversation of a letter we stored, or of a mail we sent, with that Message-ID. */
    private Optional<Long> conversationOf(String messageId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT conversation_id FROM letter"
                        + " WHERE rfc_message_id = :mid AND conversation_id IS NOT NULL"
                        + " UNION ALL SELECT conversation_id FROM outbox"
                        + " WHERE message_id = :mid AND conversation_id IS NOT NULL")
                .bind("mid", messageId).mapTo(Long.class).findFirst());
    }
}
