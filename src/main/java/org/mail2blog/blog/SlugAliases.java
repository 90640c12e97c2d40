package org.mail2blog.blog;

import java.time.OffsetDateTime;

import org.jdbi.v3.core.Handle;

/**
 * The former slugs of conversations ({@code slug_alias}), kept so that old links still lead to the
 * conversation. A slug is the current slug of one conversation or a former slug of one, never both:
 * taking a slug that another conversation had would silently redirect its old links to a stranger.
 * Works in the caller's transaction; stateless.
 */
final class SlugAliases {
    /** No conversation has this id: for slugs of conversations that do not exist yet. */
    static final long NONE = -1;

    private SlugAliases() {
    }

    /** True when a conversation other than {@code conversationId} has the slug now or had it before. */
    static boolean isTaken(Handle h, String slug, long conversationId) {
        return h.createQuery("SELECT COUNT(*) FROM (SELECT id AS owner FROM conversation WHERE slug = :s"
                        + " UNION ALL SELECT conversation_id FROM slug_alias WHERE slug = :s) owners WHERE owner <> :id")
                .bind("s", slug).bind("id", conversationId).mapTo(Integer.class).one() > 0;
    }

    /**
     * Records that the conversation moved from one slug to another: the old one becomes a former slug,
     * and the new one, if it was a former slug of the same conversation, is current again.
     */
    static void move(Handle h, long conversationId, String from, String to) {
        h.createUpdate("DELETE FROM slug_alias WHERE slug = :to AND conversation_id = :c")
                .bind("to", to).bind("c", conversationId).execute();
        h.createUpdate("INSERT INTO slug_alias (slug, conversation_id, created_at) VALUES (:from, :c, :now)")
                .bind("from", from).bind("c", conversationId).bind("now", OffsetDateTime.now()).execute();
    }
}
