package org.mail2blog.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.notify.LetterReceived;
import org.mail2blog.notify.Notifier;
import org.mail2blog.thread.Match;
import org.mail2blog.thread.MatchedBy;
import org.mail2blog.trim.Trimmed;
import org.mail2blog.trust.AuthStatus;
import org.mail2blog.trust.AuthVerdict;
import org.mail2blog.trust.AuthenticationCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.sender.Senders;
import org.mail2blog.withdraw.Withdrawals;

/**
 * The approval queue: every read mail becomes a pending letter, and only an admin's decision
 * publishes it. Enqueueing is idempotent per stored mail. Every decision, and every change of a
 * public name, is recorded in the {@link AuditLog} in its own transaction ({@link #decisions()}
 * has the decisions beyond plain approve and reject). Thread-safe.
 */
public final class ModerationQueue {
    private static final Logger LOG = LoggerFactory.getLogger(ModerationQueue.class);
    private static final String ITEM_SELECT = "SELECT l.id, c.slug, c.title, l.author_name, l.author_address,"
            + " l.subject, l.written_at, l.body, l.removed, l.matched_by, l.is_empty, l.sender_mismatch,"
            + " l.auth_verdict, l.auth_explanation, l.trust_unverified, c.closed_at"
            + " FROM letter l LEFT JOIN conversation c ON c.id = l.conversation_id";
    private final Jdbi jdbi;
    private final String anonymousName;
    private final Notifier notifier;
    private final ReplyAddress replyAddress;
    private final String baseUrl;
    private final TokenScrubber scrubber;
    private final LetterNotices notices;
    private final AuditLog audit;
    private final LetterDecisions decisions;
    private final SenderTriage triage;

    /**
     * @param anonymousName the public name of a sender whose mail has no display name
     * @param notifier      told, inside the same transaction, about every letter that can be acknowledged
     * @param replyAddress  the reply addresses of conversations
     * @param baseUrl       the public base URL, for links in mails
     * @param scrubber      takes our own tokens and private links out of every body before it is stored
     * @param notices       told, inside the same transaction, about every queued and every published letter
     * @param triage        sorts each new letter by its sender's standing and its mail's authentication
     */
    public ModerationQueue(Jdbi jdbi, String anonymousName, Notifier notifier, ReplyAddress replyAddress,
                           String baseUrl, TokenScrubber scrubber, LetterNotices notices, SenderTriage triage) {
        this.jdbi = jdbi;
        this.anonymousName = anonymousName;
        this.notifier = notifier;
        this.replyAddress = replyAddress;
        this.baseUrl = baseUrl;
        this.scrubber = scrubber;
        this.notices = notices;
        this.triage = triage;
        this.audit = new AuditLog(jdbi);
        this.decisions = new LetterDecisions(jdbi, notices, new Senders(), audit, scrubber);
    }

    /** Every decision an admin can make on a pending letter, on this queue's database and notices. */
    public LetterDecisions decisions() {
        return decisions;
    }

    /**
     * Records the letter as pending and marks the stored mail read, in one transaction. A mail that
     * was already read is left alone, so a redelivered mail is queued once.
     *
     * @return the letter's id
     */
    public long enqueue(long messageKey, ParsedMessage mail, Trimmed trimmed, Match match) {
        return jdbi.inTransaction(h -> {
            Optional<Long> existing = existingLetter(h, messageKey);
            if (existing.isPresent()) {
                return existing.get();
            }
            long id = insertRead(h, messageKey, mail, trimmed, match);
            Triage sorted = triage.triage(h, id, mail, trimmed, match);
            if (!sorted.isPending()) {
                // Spam tells nobody; an automatic approval tells exactly whom an approval tells.
                if (sorted.disposition() == Triage.Disposition.PUBLISHED) {
                    notices.published(h, id);
                }
                return id;
            }
            if (!trimmed.isEmpty()) {
                match.conversationId().ifPresent(c -> notifier.letterReceived(h, received(h, id, c, mail)));
            }
            notices.pending(h, id);
            LOG.info("[moderation] message key={} queued as letter={} matchedBy={}", messageKey, id, match.by());
            return id;
        });
    }

    /** The letter already made from this stored mail, if any: a redelivered mail is read once. */
    private static Optional<Long> existingLetter(Handle h, long messageKey) {
        return h.createQuery("SELECT id FROM letter WHERE message_key = :k AND source_index = 0")
                .bind("k", messageKey).mapTo(Long.class).findOne();
    }

    /** Inserts the letter and marks its stored mail read, in the caller's transaction. */
    private long insertRead(Handle h, long messageKey, ParsedMessage mail, Trimmed trimmed, Match match) {
        long id = insert(h, messageKey, mail, trimmed, match);
        h.createUpdate("UPDATE message SET state = 'read' WHERE id = :k").bind("k", messageKey).execute();
        return id;
    }

    private long insert(Handle h, long messageKey, ParsedMessage mail, Trimmed trimmed, Match match) {
        return h.createUpdate("INSERT INTO letter (message_key, conversation_id, rfc_message_id, matched_by,"
                        + " author_name, author_address, subject, written_at, body, removed, warnings, is_empty, state,"
                        + " withdraw_token, sender_mismatch)"
                        + " VALUES (:key, :conv, :mid, :by, :name, :address, :subject, :at, :body, :removed,"
                        + " :warnings, :empty, 'pending', :withdraw, :mismatch)")
                .bind("key", messageKey).bind("conv", match.conversationId().orElse(null))
                .bind("mid", mail.messageId().orElse(null)).bind("by", match.by().name())
                .bind("name", publicName(mail))
                .bind("address", mail.fromAddress()).bind("subject", mail.subject())
                .bind("at", mail.date().orElseGet(OffsetDateTime::now))
                .bind("body", scrubber.scrub(trimmed.kept())).bind("removed", trimmed.removed())
                .bind("warnings", warnings(mail, trimmed)).bind("empty", trimmed.isEmpty())
                .bind("withdraw", Withdrawals.newToken())
                .bind("mismatch", match.isSenderMismatch())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /**
     * Records a letter the admin chose to publish as it is (the sample conversation, an imported
     * exchange): published at once, acknowledged to nobody. Idempotent per stored mail.
     *
     * @return the letter's id
     */
    public long importPublished(long messageKey, ParsedMessage mail, Trimmed trimmed, long conversationId,
                                String admin) {
        Match match = Match.of(conversationId, MatchedBy.REPLY_ADDRESS);
        return jdbi.inTransaction(h -> {
            Optional<Long> existing = existingLetter(h, messageKey);
            if (existing.isPresent()) {
                return existing.get();
            }
            long id = insertRead(h, messageKey, mail, trimmed, match);
            h.createUpdate("UPDATE letter SET state = 'published', decided_at = :now, decided_by = :by WHERE id = :id")
                    .bind("now", OffsetDateTime.now()).bind("by", admin).bind("id", id).execute();
            LOG.info("[moderation] message key={} imported as published letter={}", messageKey, id);
            return id;
        });
    }

    /**
     * Files a mail the admin imported from an existing exchange ({@code ./mail2blog import}) as a
     * letter of the conversation: published at once when {@code publishedBy} is given (the admin chose
     * it), else pending in the queue. Nobody is told, now or when it is approved later (see
     * {@link MatchedBy#IMPORTED}). Idempotent per stored mail.
     *
     * @return the letter's id, and whether this call filed it (false: the mail was already a letter)
     */
    public Filed importLetter(long messageKey, ParsedMessage mail, Trimmed trimmed, long conversationId,
                              Optional<String> publishedBy) {
        Match match = Match.of(conversationId, MatchedBy.IMPORTED);
        return jdbi.inTransaction(h -> {
            Optional<Long> existing = existingLetter(h, messageKey);
            if (existing.isPresent()) {
                return new Filed(existing.get(), false);
            }
            long id = insertRead(h, messageKey, mail, trimmed, match);
            if (publishedBy.isPresent()) {
                h.createUpdate("UPDATE letter SET state = 'published', decided_at = :now, decided_by = :by WHERE id = :id")
                        .bind("now", OffsetDateTime.now()).bind("by", publishedBy.get()).bind("id", id).execute();
            }
            LOG.info("[moderation] message key={} imported as {} letter={}", messageKey,
                    publishedBy.isPresent() ? "published" : "pending", id);
            return new Filed(id, true);
        });
    }

    /** A letter filed by an import: its id, and whether it is new. */
    public record Filed(long letterId, boolean isNew) {
    }

    private LetterReceived received(Handle h, long letterId, long conversationId, ParsedMessage mail) {
        return h.createQuery("SELECT c.slug, c.title, c.reply_token, c.closed_at, l.withdraw_token FROM conversation c"
                        + " JOIN letter l ON l.conversation_id = c.id WHERE c.id = :id AND l.id = :letter")
                .bind("id", conversationId).bind("letter", letterId)
                .map((rs, ctx) -> new LetterReceived(letterId, conversationId, mail.fromAddress(), publicName(mail),
                        rs.getString("title"), baseUrl + "/t/" + rs.getString("slug"),
                        replyAddress.forToken(rs.getString("reply_token")), mail.messageId(), mail.references(),
                        mail.subject(), baseUrl + "/withdraw/" + rs.getString("withdraw_token"),
                        rs.getObject("closed_at") != null))
                .one();
    }

    private String publicName(ParsedMessage mail) {
        return mail.fromName().isBlank() ? anonymousName : mail.fromName().strip();
    }

    private static String warnings(ParsedMessage mail, Trimmed trimmed) {
        Stream<String> parse = mail.warnings().stream().map(w -> w.code() + ": " + w.detail());
        Stream<String> trim = trimmed.warning().map(w -> "trim: " + w).stream();
        return Stream.concat(parse, trim).collect(Collectors.joining("\n"));
    }

    /** Pending letters, oldest first. */
    public List<QueueItem> listPending() {
        return jdbi.withHandle(h -> h.createQuery(ITEM_SELECT + " WHERE l.state = 'pending' ORDER BY l.id")
                .map((rs, ctx) -> map(rs)).list());
    }

    /** A pending letter by id. */
    public Optional<QueueItem> findPending(long id) {
        return jdbi.withHandle(h -> h.createQuery(ITEM_SELECT + " WHERE l.state = 'pending' AND l.id = :id")
                .bind("id", id).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * Applies an admin's decision to a pending letter: an approval without trust, or a rejection
     * without a reason (see {@link LetterDecisions#approve} and {@link LetterDecisions#reject}).
     */
    public Outcome decide(long id, Decision decision, String admin) {
        return decision == Decision.APPROVE ? decisions.approve(id, false, admin) : decisions.reject(id, "", admin);
    }

    /** The longest public name we accept. */
    public static final int MAX_NAME_LENGTH = 100;

    /**
     * Sets the public name a pending or published letter appears under (the admin overrides the
     * sender's display name). Blank names and names with line breaks or over
     * {@value #MAX_NAME_LENGTH} characters are refused with {@link Outcome#INVALID}.
     */
    public Outcome rename(long id, String publicName, String admin) {
        String name = publicName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            return Outcome.INVALID;
        }
        Outcome outcome = jdbi.inTransaction(h -> {
            Optional<PendingLetter> letter = PendingLetter.lock(h, id)
                    .filter(l -> "pending".equals(l.state()) || "published".equals(l.state()));
            if (letter.isEmpty()) {
                return Outcome.NOT_FOUND;
            }
            h.createUpdate("UPDATE letter SET author_name = :name WHERE id = :id").bind("name", name).bind("id", id)
                    .execute();
            audit.record(h, admin, "rename", letter.get().target(), letter.get().authorName() + " \u2192 " + name);
            return Outcome.DONE;
        });
        LOG.info("[moderation] letter={} public name set by={} outcome={}", id, admin, outcome);
        return outcome;
    }

    private static QueueItem map(ResultSet rs) throws SQLException {
        return new QueueItem(rs.getLong("id"), Optional.ofNullable(rs.getString("slug")),
                Optional.ofNullable(rs.getString("title")), rs.getString("author_name"),
                rs.getString("author_address"), rs.getString("subject"),
                rs.getObject("written_at", OffsetDateTime.class), rs.getString("body"), rs.getString("removed"),
                MatchedBy.valueOf(rs.getString("matched_by").toUpperCase(Locale.ROOT)), rs.getBoolean("is_empty"),
                rs.getBoolean("sender_mismatch"),
                AuthVerdict.of(AuthStatus.valueOf(rs.getString("auth_verdict").toUpperCase(Locale.ROOT)),
                        rs.getString("auth_explanation")),
                rs.getBoolean("trust_unverified"), rs.getObject("closed_at") != null);
    }
}
