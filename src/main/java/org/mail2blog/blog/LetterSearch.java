package org.mail2blog.blog;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.mail2blog.support.Dialect;

/**
 * Full-text search over the published letters of published conversations, with the database's own
 * full-text index (created by migration V14): H2's FullText, or a GIN index over a 'simple' tsvector on
 * PostgreSQL. Both split the text into words at every character that is not a letter or a digit, compare
 * case-insensitively and want every word of the query; H2 scores every hit alike, so on both the newest
 * letter comes first. The index covers every letter, so the query keeps to published ones, and a hit
 * must also contain every word of the query in its published text (an admin's edit may have taken out a
 * word the original had). Thread-safe.
 */
public final class LetterSearch {
    private static final String COLUMNS = "SELECT c.slug, c.title, l.id, l.author_name, l.written_at,"
            + " COALESCE(l.edited_body, l.body) AS text";
    private static final String PUBLISHED = " JOIN conversation c ON c.id = l.conversation_id"
            + " WHERE l.state = 'published' AND c.published_at IS NOT NULL";
    private static final String H2_QUERY = COLUMNS
            + " FROM FT_SEARCH_DATA(:q, 0, 0) ft"
            + " JOIN letter l ON ft.\"TABLE\" = 'LETTER' AND l.id = CAST(ft.KEYS[1] AS BIGINT)" + PUBLISHED
            + " ORDER BY ft.SCORE DESC, l.written_at DESC, l.id DESC";
    /** The tsvector expression is the one of the index in db/vendor/postgresql/V14, character for character. */
    static final String POSTGRESQL_MATCH = "to_tsvector('simple'::regconfig, regexp_replace(LEFT("
            + "COALESCE(l.body, '') || ' ' || COALESCE(l.edited_body, ''), 250000), '[^[:alnum:]]+', ' ', 'g'))"
            + " @@ plainto_tsquery('simple'::regconfig, :q)";
    private static final String POSTGRESQL_QUERY = COLUMNS + " FROM letter l" + PUBLISHED
            + " AND " + POSTGRESQL_MATCH + " ORDER BY l.written_at DESC, l.id DESC";
    private final Jdbi jdbi;
    private final String sql;

    public LetterSearch(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.sql = jdbi.withHandle(LetterSearch::dialect) == Dialect.POSTGRESQL ? POSTGRESQL_QUERY : H2_QUERY;
    }

    private static Dialect dialect(Handle h) {
        try {
            return Dialect.of(h.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the search runs on", e);
        }
    }

    /** Published letters that contain every word of {@code query}, the best first; at most {@code limit}. */
    public List<SearchHit> search(String query, int limit) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery(sql).bind("q", String.join(" ", words))
                        .map((rs, ctx) -> new SearchHit(rs.getString("slug"), rs.getString("title"), rs.getLong("id"),
                                rs.getString("author_name"), rs.getObject("written_at", OffsetDateTime.class),
                                rs.getString("text")))
                        .list())
                .stream().filter(hit -> containsAll(hit.body(), words)).limit(limit).toList();
    }

    /** The words of a search query: runs of letters and digits, as the index splits text. */
    public static List<String> words(String query) {
        return Arrays.stream(query.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean containsAll(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().allMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)));
    }
}
