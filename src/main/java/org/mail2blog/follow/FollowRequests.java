package org.mail2blog.follow;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.notify.ConversationNotifier;
import org.mail2blog.notify.FollowRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Following from the page, with double opt-in: the form only sends the address a link, and the
 * address's owner confirms by pressing a button behind it. What the form answers never depends on
 * whether the address already follows. Thread-safe.
 */
public final class FollowRequests {
    /** How long a confirmation link works. */
    static final Duration VALID_FOR = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(FollowRequests.class);
    private final Jdbi jdbi;
    private final FollowerRepository followers;
    private final ConversationNotifier notifier;
    private final String baseUrl;

    /** @param baseUrl the public base URL, for the links in the confirmation mail */
    public FollowRequests(Jdbi jdbi, FollowerRepository followers, ConversationNotifier notifier, String baseUrl) {
        this.jdbi = jdbi;
        this.followers = followers;
        this.notifier = notifier;
        this.baseUrl = baseUrl;
    }

    /** A request that waits for (or got) its confirmation. */
    public record Pending(long conversationId, String address) {
    }

    /** Mails {@code address} a confirmation link, unless it already follows or just got one. */
    public void request(Conversation conversation, String address) {
        jdbi.useTransaction(h -> {
            if (followers.isActive(h, conversation.id(), address)) {
                LOG.info("[follow] conversation={} follow request for an address that already follows; no mail",
                        conversation.id());
                return;
            }
            String token = ReplyAddress.newToken();
            boolean isMailed = notifier.followRequested(h, new FollowRequested(conversation.id(), address,
                    conversation.title(), baseUrl + "/t/" + conversation.slug(), baseUrl + "/follow/" + token));
            if (isMailed) { // a request nobody was mailed about could never be confirmed: keep no row
                h.createUpdate("INSERT INTO follow_request (conversation_id, address, token, created_at)"
                                + " VALUES (:c, :a, :t, :now)")
                        .bind("c", conversation.id()).bind("a", address).bind("t", token)
                        .bind("now", OffsetDateTime.now()).execute();
            }
        });
    }

    /** The request behind a confirmation link that still works. */
    public Optional<Pending> find(String token) {
        return jdbi.withHandle(h -> h.createQuery("SELECT conversation_id, address FROM follow_request"
                        + " WHERE token = :t AND created_at > :since")
                .bind("t", token).bind("since", OffsetDateTime.now().minus(VALID_FOR))
                .map((rs, ctx) -> new Pending(rs.getLong("conversation_id"), rs.getString("address")))
                .findOne());
    }

    /** Confirms the request behind a working link: its address follows from now on. */
    public Optional<Pending> confirm(String token) {
        Optional<Pending> pending = find(token);
        pending.ifPresent(p -> jdbi.useTransaction(h -> {
            followers.follow(h, p.conversationId(), p.address(), CameBy.PAGE);
            h.createUpdate("UPDATE follow_request SET confirmed_at = :now WHERE token = :t AND confirmed_at IS NULL")
                    .bind("now", OffsetDateTime.now()).bind("t", token).execute();
            LOG.info("[follow] conversation={} follow confirmed on the page", p.conversationId());
        }));
        return pending;
    }
}
