package org.mail2blog.blog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores conversations. The methods that take a {@link Handle} work in the caller's transaction, so
 * that a change and its audit entry commit together. Thread-safe.
 */
public final class ConversationRepository {
    private static final String COLUMNS =
            "id, slug, title, intro, outro, labels, reply_token, created_at, published_at, closed_at";
    private final Jdbi jdbi;

    public ConversationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Creates a conversation with a fresh reply token. */
    public Conversation create(NewConversation draft) {
        return jdbi.inTransaction(h -> create(h, draft));
    }

    /** Creates a conversation with exactly the draft's slug, in the caller's transaction; see {@link #isSlugTaken}. */
    public Conversation create(Handle h, NewConversation draft) {
        return findById(h, insert(h, draft, draft.slug())).orElseThrow();
    }

    /**
     * Creates a conversation inside the caller's transaction. The draft's slug is a wish: when another
     * conversation has it (or had it, or an admin page uses it), -2, -3 … is added until it is free.
     *
     * @return the new conversation
     */
    public Conversation createWithFreeSlug(Handle h, NewConversation draft) {
        long id = insert(h, draft, Slugs.unique(draft.slug(), s -> isSlugTaken(h, s, SlugAliases.NONE)));
        return findById(h, id).orElseThrow();
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
     * True when the slug cannot be given to the conversation {@code conversationId} (use
     * {@link #isSlugTaken(Handle, String)} for a new one): another conversation has it now or had it
     * before, or an admin page uses it.
     */
    public boolean isSlugTaken(Handle h, String slug, long conversationId) {
        return Slugs.isReserved(slug) || SlugAliases.isTaken(h, slug, conversationId);
    }

    /** True when a new conversation cannot have the slug. */
    public boolean isSlugTaken(Handle h, String slug) {
        return isSlugTaken(h, slug, SlugAliases.NONE);
    }

    /**
     * Replaces the blogger's fields of a conversation in the caller's transaction. A new slug keeps the
     * old one as a former slug, so old links still lead here; check {@link #isSlugTaken} first.
     *
     * @return the conversation as it is now
     */
    public Conversation update(Handle h, Conversation current, ConversationFields fields) {
        h.createUpdate("UPDATE conversation SET slug = :slug, title = :title, intro = :intro, outro = :outro,"
                        + " labels = :labels WHERE id = :id")
                .bind("slug", fields.slug()).bind("title", fields.title()).bind("intro", fields.intro())
                .bind("outro", fields.outro()).bind("labels", String.join(",", fields.labels()))
                .bind("id", current.id()).execute();
        if (!fields.slug().equals(current.slug())) {
            SlugAliases.move(h, current.id(), current.slug(), fields.slug());
        }
        return findById(h, current.id()).orElseThrow();
    }

    /**
     * Publishes ({@code true}) or withdraws ({@code false}) a conversation. Publishing an already
     * published conversation keeps its date.
     *
     * @return the conversation as it is now; empty for an unknown slug
     */
    public Optional<Conversation> setPublished(String slug, boolean published) {
        return jdbi.inTransaction(h -> findBySlug(h, slug).map(c -> setPublished(h, c.id(), published)));
    }

    /** {@link #setPublished(String, boolean)} in the caller's transaction, for a conversation that exists. */
    public Conversation setPublished(Handle h, long id, boolean published) {
        return setMoment(h, id, "published_at", published);
    }

    /** Closes ({@code true}) or reopens ({@code false}) a conversation to new letters; closing twice keeps the first date. */
    public Conversation setClosed(Handle h, long id, boolean closed) {
        return setMoment(h, id, "closed_at", closed);
    }

    private Conversation setMoment(Handle h, long id, String column, boolean isSet) {
        h.createUpdate("UPDATE conversation SET " + column + " = CASE WHEN :set"
                        + " THEN COALESCE(" + column + ", :now) ELSE NULL END WHERE id = :id")
                .bind("set", isSet).bind("now", OffsetDateTime.now()).bind("id", id).execute();
        return findById(h, id).orElseThrow();
    }

    /** Every conversation, drafts too, the newest first: for the admin. */
    public List<Conversation> listAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM conversation ORDER BY created_at DESC, id DESC")
                .map((rs, ctx) -> map(rs)).list());
    }

    public Optional<Conversation> findById(long id) {
        return jdbi.withHandle(h -> findById(h, id));
    }

    public Optional<Conversation> findBySlug(String slug) {
        return jdbi.withHandle(h -> findBySlug(h, slug));
    }

    /** The conversation with that slug, its row locked until the caller's transaction ends. */
    public Optional<Conversation> findBySlug(Handle h, String slug) {
        return findOne(h, "slug = :v FOR UPDATE", slug);
    }

    public Optional<Conversation> findByReplyToken(String token) {
        return jdbi.withHandle(h -> findOne(h, "reply_token = :v", token));
    }

    /** The conversation that had this slug before it got its current one. */
    public Optional<Conversation> findByFormerSlug(String slug) {
        return jdbi.withHandle(h -> findOne(h, "id = (SELECT conversation_id FROM slug_alias WHERE slug = :v)", slug));
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

    private static Optional<Conversation> findById(Handle h, long id) {
        return findOne(h, "id = :v", id);
    }

    private static Optional<Conversation> findOne(Handle h, String where, Object value) {
        return h.createQuery("SELECT " + COLUMNS + " FROM conversation WHERE " + where)
                .bind("v", value).map((rs, ctx) -> map(rs)).findOne();
    }

    private static Conversation map(ResultSet rs) throws SQLException {
        String labels = rs.getString("labels");
        return new Conversation(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                rs.getString("intro"), rs.getString("outro"),
                labels.isEmpty() ? List.of() : Arrays.stream(labels.split(",")).map(String::strip).toList(),
                rs.getString("reply_token"), rs.getObject("created_at", OffsetDateTime.class),
                Optional.ofNullable(rs.getObject("published_at", OffsetDateTime.class)),
                Optional.ofNullable(rs.getObject("closed_at", OffsetDateTime.class)));
    }
}
