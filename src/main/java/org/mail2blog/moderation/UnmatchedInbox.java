package org.mail2blog.moderation;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.blog.Slugs;
import org.mail2blog.thread.Subjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mail2blog.audit.AuditLog;

/**
 * The admin's hand where matching gave up or only guessed: a pending letter is attached to a
 * conversation chosen by the admin, and can then be approved like any other. Any pending letter is
 * moved to another conversation the same way, and a letter can start a new (draft) conversation of
 * its own. Each change is recorded in the {@link AuditLog} in its own transaction. Thread-safe.
 */
public final class UnmatchedInbox {
    /** The width of the conversation title column. */
    static final int MAX_TITLE = 300;
    private static final Logger LOG = LoggerFactory.getLogger(UnmatchedInbox.class);
    private final Jdbi jdbi;
    private final ConversationRepository conversations;
    private final AuditLog audit;
    private final String untitled;

    /**
     * @param conversations where new conversations are made
     * @param untitled      the title of a conversation started from a letter whose subject says nothing
     */
    public UnmatchedInbox(Jdbi jdbi, ConversationRepository conversations, String untitled) {
        this.jdbi = jdbi;
        this.conversations = conversations;
        this.audit = new AuditLog(jdbi);
        this.untitled = untitled;
    }

    /**
     * Attaches a pending letter to the conversation with that slug (or moves it there from the one it
     * was matched to); it is then matched by {@code ADMIN}.
     */
    public AttachOutcome attach(long letterId, String conversationSlug, String admin) {
        AttachOutcome outcome = jdbi.inTransaction(h -> {
            Optional<Long> conversation = h.createQuery("SELECT id FROM conversation WHERE slug = :slug")
                    .bind("slug", conversationSlug).mapTo(Long.class).findOne();
            Optional<PendingLetter> letter = PendingLetter.lock(h, letterId);
            if (letter.isEmpty()) {
                return AttachOutcome.NO_LETTER;
            } else if (conversation.isEmpty()) {
                return AttachOutcome.NO_CONVERSATION;
            } else if (!"pending".equals(letter.get().state())) {
                return AttachOutcome.ALREADY_DECIDED;
            }
            Optional<String> from = letter.get().conversationId().map(c -> slugOf(h, c));
            tie(h, letterId, conversation.get());
            audit.record(h, admin, from.isPresent() ? "move" : "attach", letter.get().target(),
                    from.map(f -> "from " + f + " ").orElse("") + "to " + conversationSlug);
            return AttachOutcome.DONE;
        });
        LOG.info("[moderation] letter={} attach to conversation={} by={} outcome={}", letterId, conversationSlug,
                admin, outcome);
        return outcome;
    }

    /**
     * Starts a draft conversation from a pending letter: titled after the letter's subject without
     * its reply and forward prefixes, no intro, unpublished, with the letter attached. The admin then
     * approves the letter and edits and publishes the conversation.
     */
    public StartedFromLetter startConversation(long letterId, String admin) {
        StartedFromLetter started = jdbi.inTransaction(h -> {
            Optional<PendingLetter> letter = PendingLetter.lock(h, letterId);
            if (letter.isEmpty()) {
                return StartedFromLetter.refused(AttachOutcome.NO_LETTER);
            } else if (!"pending".equals(letter.get().state())) {
                return StartedFromLetter.refused(AttachOutcome.ALREADY_DECIDED);
            }
            String title = title(letter.get().subject());
            Conversation conversation = conversations.createWithFreeSlug(h,
                    new NewConversation(Slugs.of(title), title, "", "", List.of(), false));
            tie(h, letterId, conversation.id());
            audit.record(h, admin, "start-conversation", letter.get().target(),
                    "draft " + conversation.slug() + ": " + title);
            return new StartedFromLetter(AttachOutcome.DONE, Optional.of(conversation));
        });
        LOG.info("[moderation] letter={} starts a conversation by={} outcome={} slug={}", letterId, admin,
                started.outcome(), started.conversation().map(Conversation::slug).orElse(""));
        return started;
    }

    private String title(String subject) {
        String title = Subjects.withoutPrefixes(subject);
        title = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE).strip() : title;
        return title.isEmpty() ? untitled : title;
    }

    private static String slugOf(Handle h, long conversationId) {
        return h.createQuery("SELECT slug FROM conversation WHERE id = :id").bind("id", conversationId)
                .mapTo(String.class).one();
    }

    private static void tie(Handle h, long letterId, long conversationId) {
        h.createUpdate("UPDATE letter SET conversation_id = :c, matched_by = 'ADMIN' WHERE id = :id")
                .bind("c", conversationId).bind("id", letterId).execute();
    }
}
