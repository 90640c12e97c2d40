package org.mail2blog.blog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Stores conversations. Thread-safe. */
public final class ConversationRepository {
    private static final String COLUMNS =
            "id, slug, title, intro, outro, labels, reply_token, created_at, published_at";
    private final Jdbi jdbi;

    public ConversationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Creates a conversation with a fresh reply token. */
    public Conversation create(NewConversation draft) {
        long id = jdbi.withHandle(h -> insert(h, draft, draft.slug()));
        return findById(id).orElseThrow();
    }

    /**
     * Creates a conversation inside the caller's transaction. The draft's slug is a wish: when another
     * conversation has it, -2, -3 … is added until it is free.
     *
     * @return the new conversation
     */
    public Conversation createWithFreeSlug(Handle h, NewConversation draft) {
        List<String> taken = h.createQuery("SELECT slug FROM conversation WHERE slug = :s OR slug LIKE :prefix")
                .bind("s", draft.slug()).bind("prefix", draft.slug() + "-%").mapTo(String.class).list();
        long id = insert(h, draft, Slugs.unique(draft.slug(), taken::contains));
        return h.createQuery("SELECT " + COLUMNS + " FROM conversation WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).one();
    }

    private static long insert(Handle h, NewConversation draft, String slug) {
        OffsetDateTime now = OffsetDateTime.now();
        return h.createUpdate("INSERT INTO conversation"
                        + " (slug, title, intro, outro, labels, reply_token, created_at, published_at)"
                        + " VALUES (:slug, :title, :intro, :outro, :labels, :token, :now, :published)")
                .bind("slug", slug).bind("title", draft.title()).bind("intro", draft.intro())
                .bind("outro", draft.outro()).bind("labels", String.join(",", draft.labels()))
                .bind("token", ReplyAddress.newToken()).bind("now", now)
                .bind("published", draft.published() ? now : null)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /**
     * Publishes ({@code true}) or withdraws ({@code false}) a conversation. Publishing an already
     * published conversation keeps its date.
     *
     * @return the conversation as it is now; empty for an unknown slug
     */
    public Optional<Conversation> setPublished(String slug, boolean published) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE conversation SET published_at = CASE WHEN :published"
                        + " THEN COALESCE(published_at, :now) ELSE NULL END WHERE slug = :slug")
                .bind("published", published).bind("now", OffsetDateTime.now()).bind("slug", slug).execute());
        return findBySlug(slug);
    }

    /** Every conversation, drafts too, the newest first: for the admin. */
    public List<Conversation> listAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM conversation ORDER BY created_at DESC, id DESC")
                .map((rs, ctx) -> map(rs)).list());
    }

    public Optional<Conversation> findById(long id) {
        return findOne("id = :v", id);
    }

    public Optional<Conversation> findBySlug(String slug) {
        return findOne("slug = :v", slug);
    }

    public Optional<Conversation> findByReplyToken(String token) {
        return findOne("reply_token = :v", token);
    }

    /** Published conversations, the most recently active first. */
    public List<Conversation> listPublished() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS.replaceAll("(\\w+)", "c.$1")
                        + " FROM conversation c WHERE c.published_at IS NOT NULL ORDER BY COALESCE("
                        + "(SELECT MAX(l.decided_at) FROM letter l WHERE l.conversation_id = c.id AND l.state = 'published'),"
                        + " c.published_at) DESC, c.id DESC")
                .map((rs, ctx) -> map(rs)).list());
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM conversation").mapTo(Integer.class).one());
    }

    private Optional<Conversation> findOne(String where, Object value) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM conversation WHERE " + where)
                .bind("v", value).map((rs, ctx) -> map(rs)).findOne());
    }

    private static Conversation map(ResultSet rs) throws SQLException {
        String labels = rs.getString("labels");
        return new Conversation(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                rs.getString("intro"), rs.getString("outro"),
                labels.isEmpty() ? List.of() : Arrays.stream(labels.split(",")).map(String::strip).toList(),
                rs.getString("reply_token"), rs.getObject("created_at", OffsetDateTime.class),
                Optional.ofNullable(rs.getObject("published_at", OffsetDateTime.class)));
    }
}
