package org.mail2blog.moderation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationLetter;
import org.mail2blog.blog.LetterRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mail2blog.audit.AuditLog;

/**
 * The admin's hand on the letters of one conversation: take a published letter off the page and put
 * it back, move it up or down, set the name it appears under. Each change locks the conversation's
 * row, so two admins reordering at once cannot interleave, and writes its audit entry in its own
 * transaction. A removed letter keeps its row and its place. Thread-safe.
 */
public final class ConversationLetters {
    private static final Logger LOG = LoggerFactory.getLogger(ConversationLetters.class);
    private final Jdbi jdbi;
    private final LetterRepository letters;
    private final AuditLog audit;

    public ConversationLetters(Jdbi jdbi, LetterRepository letters, AuditLog audit) {
        this.jdbi = jdbi;
        this.letters = letters;
        this.audit = audit;
    }

    /** Which way a letter moves on its page. */
    public enum Direction { UP, DOWN }

    /** Takes a published letter off its page (state {@code removed}); it stays stored and can be restored. */
    public LetterChange remove(Conversation c, long letterId, String actor) {
        return setState(c, letterId, "published", "removed", actor);
    }

    /** Puts a removed letter back on its page, in the place it had. */
    public LetterChange restore(Conversation c, long letterId, String actor) {
        return setState(c, letterId, "removed", "published", actor);
    }

    private LetterChange setState(Conversation c, long letterId, String from, String to, String actor) {
        String action = "removed".equals(to) ? "remove" : "restore";
        return change(c, letterId, action, actor, (h, letter) -> {
            if (!from.equals(letter.state())) {
                return LetterChange.NOT_ALLOWED;
            }
            h.createUpdate("UPDATE letter SET state = :to WHERE id = :id").bind("to", to).bind("id", letterId).execute();
            audit.record(h, actor, action, "letter " + letterId, "conversation " + c.slug() + ", by " + letter.authorName());
            return LetterChange.DONE;
        });
    }

    /** Swaps a published letter with the nearest published one above or below it. */
    public LetterChange move(Conversation c, long letterId, Direction direction, String actor) {
        return change(c, letterId, "move", actor, (h, letter) -> {
            if (!"published".equals(letter.state())) {
                return LetterChange.NOT_ALLOWED;
            }
            List<ConversationLetter> order = new ArrayList<>(letters.listArranged(h, c.id()));
            int from = indexOf(order, letterId);
            Optional<Integer> to = neighbour(order, from, direction);
            if (to.isEmpty()) {
                return LetterChange.UNCHANGED;
            }
            Collections.swap(order, from, to.get());
            renumber(h, order);
            audit.record(h, actor, "move", "letter " + letterId, "conversation " + c.slug() + ", "
                    + direction.name().toLowerCase(Locale.ROOT) + " to place " + place(order, letterId));
            return LetterChange.DONE;
        });
    }

    /**
     * Sets the public name of a pending or published letter, by the same rule as the queue's
     * {@link ModerationQueue#rename}: one line of 1 to {@value ModerationQueue#MAX_NAME_LENGTH} characters.
     */
    public LetterChange rename(Conversation c, long letterId, String name, String actor) {
        String wanted = name.strip();
        if (wanted.isEmpty() || wanted.length() > ModerationQueue.MAX_NAME_LENGTH
                || wanted.chars().anyMatch(Character::isISOControl)) {
            return LetterChange.INVALID;
        }
        return change(c, letterId, "rename", actor, (h, letter) -> {
            if (!"pending".equals(letter.state()) && !"published".equals(letter.state())) {
                return LetterChange.NOT_ALLOWED;
            } else if (letter.authorName().equals(wanted)) {
                return LetterChange.UNCHANGED;
            }
            h.createUpdate("UPDATE letter SET author_name = :name WHERE id = :id")
                    .bind("name", wanted).bind("id", letterId).execute();
            audit.record(h, actor, "rename", "letter " + letterId, "conversation " + c.slug() + ", \u201c"
                    + letter.authorName() + "\u201d \u2192 \u201c" + wanted + "\u201d");
            return LetterChange.DONE;
        });
    }

    private LetterChange change(Conversation c, long letterId, String action, String actor, Step step) {
        LetterChange result = jdbi.inTransaction(h -> {
            h.createQuery("SELECT id FROM conversation WHERE id = :c FOR UPDATE").bind("c", c.id())
                    .mapTo(Long.class).one();
            Optional<Letter> letter = h.createQuery("SELECT state, author_name FROM letter"
                            + " WHERE id = :id AND conversation_id = :c")
                    .bind("id", letterId).bind("c", c.id())
                    .map((rs, ctx) -> new Letter(rs.getString("state"), rs.getString("author_name"))).findOne();
            return letter.isEmpty() ? LetterChange.NOT_FOUND : step.apply(h, letter.get());
        });
        LOG.info("[moderation] letter={} conversation={} {} by={} result={}", letterId, c.slug(), action, actor, result);
        return result;
    }

    private static int indexOf(List<ConversationLetter> order, long letterId) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == letterId) {
                return i;
            }
        }
        throw new IllegalStateException("letter " + letterId + " is published but not in its conversation's order");
    }

    /** The index of the nearest published letter in that direction; removed letters are stepped over. */
    private static Optional<Integer> neighbour(List<ConversationLetter> order, int from, Direction direction) {
        int step = direction == Direction.UP ? -1 : 1;
        for (int i = from + step; i >= 0 && i < order.size(); i += step) {
            if (order.get(i).state() == ConversationLetter.State.PUBLISHED) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static void renumber(Handle h, List<ConversationLetter> order) {
        for (int i = 0; i < order.size(); i++) {
            h.createUpdate("UPDATE letter SET position = :p WHERE id = :id")
                    .bind("p", i + 1).bind("id", order.get(i).id()).execute();
        }
    }

    /** The letter's place among the published letters, counting from 1. */
    private static int place(List<ConversationLetter> order, long letterId) {
        return (int) order.stream().takeWhile(l -> l.id() != letterId)
                .filter(l -> l.state() == ConversationLetter.State.PUBLISHED).count() + 1;
    }

    private record Letter(String state, String authorName) {
    }

    @FunctionalInterface
    private interface Step {
        LetterChange apply(Handle h, Letter letter);
    }
}
