package org.mail2blog.withdraw;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mail2blog.withdraw.Withdrawals;
import org.mail2blog.withdraw.WithdrawOutcome;
import org.mail2blog.withdraw.Withdrawable;

/**
 * A writer taking a letter back with the link from the acknowledgement. The withdraw token is the
 * only credential, so it is long and random, and it is never logged. A withdrawn letter keeps its
 * row (state {@code withdrawn}, decided by {@code sender}, with the moment and the state it was
 * withdrawn from) and leaves both the page and the queue. Thread-safe.
 */
public final class Withdrawals {
    /** Who is recorded as having decided a withdrawal. */
    public static final String SENDER = "sender";
    private static final Logger LOG = LoggerFactory.getLogger(Withdrawals.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int TOKEN_LENGTH = 32;
    private final Jdbi jdbi;

    public Withdrawals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A new withdraw token: 32 characters from a 32-letter alphabet, 160 bits. */
    public static String newToken() {
        StringBuilder token = new StringBuilder(TOKEN_LENGTH);
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }

    /** True when {@code token} has the shape of a withdraw token, so anything else needs no lookup. */
    public static boolean isWellFormed(String token) {
        return token.length() == TOKEN_LENGTH && token.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** The letter behind a withdraw token, whatever its state. */
    public Optional<Withdrawable> findByToken(String token) {
        if (!isWellFormed(token)) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT l.id, l.state, l.author_name, l.written_at,"
                        + " COALESCE(l.edited_body, l.body) AS body,"
                        + " c.slug, c.title FROM letter l LEFT JOIN conversation c ON c.id = l.conversation_id"
                        + " WHERE l.withdraw_token = :t")
                .bind("t", token).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * Withdraws the letter behind {@code token} if it is pending or published. One statement, so of
     * two simultaneous requests exactly one withdraws and the other finds it gone.
     */
    public WithdrawOutcome withdraw(String token) {
        Optional<Withdrawable> letter = findByToken(token);
        if (letter.isEmpty()) {
            return WithdrawOutcome.NOT_FOUND;
        }
        int changed = jdbi.withHandle(h -> h.createUpdate("UPDATE letter SET withdrawn_from = state,"
                        + " state = 'withdrawn', decided_at = :now, decided_by = :by"
                        + " WHERE withdraw_token = :t AND state IN ('pending', 'published')")
                .bind("now", OffsetDateTime.now()).bind("by", SENDER).bind("t", token).execute());
        WithdrawOutcome outcome = changed == 1 ? WithdrawOutcome.WITHDRAWN : WithdrawOutcome.ALREADY_GONE;
        LOG.info("[moderation] letter={} withdrawal by the sender: outcome={} (was {})", letter.get().letterId(),
                outcome, letter.get().state());
        return outcome;
    }

    private static Withdrawable map(ResultSet rs) throws SQLException {
        return new Withdrawable(rs.getLong("id"),
                Withdrawable.LetterStatus.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
                rs.getString("author_name"), rs.getObject("written_at", OffsetDateTime.class), rs.getString("body"),
                Optional.ofNullable(rs.getString("slug")), Optional.ofNullable(rs.getString("title")));
    }
}
