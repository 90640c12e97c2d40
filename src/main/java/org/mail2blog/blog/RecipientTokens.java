package org.mail2blog.blog;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Per-recipient reply tokens: the {@code blog+<token>@domain} address in a mail we send to one
 * person about one conversation. A token is bound to that (conversation, address) pair, so a reply
 * to it names the conversation and who we expect to answer; the same pair always gets the same
 * token. Tokens come from {@link ReplyAddress#newToken()}. Thread-safe.
 */
public final class RecipientTokens {
    private final Jdbi jdbi;

    public RecipientTokens(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What a token is bound to. */
    public record Binding(long conversationId, String address) {
    }

    /** The token of (conversation, address), made within the transaction of {@code h} when there is none yet. */
    public String tokenFor(Handle h, long conversationId, String address) {
        String normalised = address.strip().toLowerCase(Locale.ROOT);
        return h.createQuery("SELECT token FROM recipient_token WHERE conversation_id = :c AND address = :a")
                .bind("c", conversationId).bind("a", normalised).mapTo(String.class).findOne()
                .orElseGet(() -> insert(h, conversationId, normalised));
    }

    /** The binding of a token, if it is one of ours. */
    public Optional<Binding> find(String token) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT conversation_id, address FROM recipient_token WHERE token = :t")
                .bind("t", token.toLowerCase(Locale.ROOT))
                .map((rs, ctx) -> new Binding(rs.getLong("conversation_id"), rs.getString("address")))
                .findOne());
    }

    private static String insert(Handle h, long conversationId, String address) {
        String token = ReplyAddress.newToken();
        h.createUpdate("INSERT INTO recipient_token (token, conversation_id, address, created_at)"
                        + " VALUES (:t, :c, :a, :now)")
                .bind("t", token).bind("c", conversationId).bind("a", address).bind("now", OffsetDateTime.now())
                .execute();
        return token;
    }
}
