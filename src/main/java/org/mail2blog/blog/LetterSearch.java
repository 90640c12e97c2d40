package org.mail2blog.blog;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Jdbi;

/**
 * Full-text search over the published letters of published conversations, with H2's own full-text
 * index (created by migration V14). The index covers every letter, so the query keeps to published
 * ones, and a hit must also contain every word of the query in its published text (an admin's edit
 * may have taken out a word the original had). Thread-safe.
 */
public final class LetterSearch {
    private static final String QUERY = "SELECT c.slug, c.title, l.id, l.author_name, l.written_at,"
            + " COALESCE(l.edited_body, l.body) AS text"
            + " FROM FT_SEARCH_DATA(:q, 0, 0) ft"
            + " JOIN letter l ON ft.\"TABLE\" = 'LETTER' AND l.id = CAST(ft.KEYS[1] AS BIGINT)"
            + " JOIN conversation c ON c.id = l.conversation_id"
            + " WHERE l.state = 'published' AND c.published_at IS NOT NULL"
            + " ORDER BY ft.SCORE DESC, l.written_at DESC, l.id DESC";
    private final Jdbi jdbi;

    public LetterSearch(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Published letters that contain every word of {@code query}, the best first; at most {@code limit}. */
    public List<SearchHit> search(String query, int limit) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery(QUERY).bind("q", String.join(" ", words))
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
