package org.mail2blog.reader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.mail2blog.blog.LetterSearch;
import org.mail2blog.blog.SearchHit;
import org.mail2blog.support.Texts;

/** Builds the search page from the full-text search over published letters. Thread-safe. */
public final class SearchPages {
    /** Results shown for one query. */
    public static final int MAX_HITS = 50;
    private static final int MAX_QUERY_CHARS = 200;
    private final LetterSearch search;
    private final Texts texts;
    private final ZoneId zone;
    private final DateTimeFormatter dayAndTime;

    public SearchPages(LetterSearch search, Texts texts, ZoneId zone) {
        this.search = search;
        this.texts = texts;
        this.zone = zone;
        this.dayAndTime = DateTimeFormatter.ofPattern(texts.get("date.day-and-time"), texts.locale());
    }

    /** The page for the query parameter {@code q} (null or blank: the form alone). */
    public SearchPage search(String q) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            query = query.substring(0, MAX_QUERY_CHARS);
        }
        if (query.isEmpty()) {
            return new SearchPage("", false, List.of(), "");
        }
        List<String> words = LetterSearch.words(query);
        List<SearchPage.Hit> hits = search.search(query, MAX_HITS).stream().map(h -> hit(h, words)).toList();
        return new SearchPage(query, true, hits, summary(hits.size()));
    }

    private SearchPage.Hit hit(SearchHit h, List<String> words) {
        String url = "/t/" + URLEncoder.encode(h.conversationSlug(), StandardCharsets.UTF_8) + "#letter-" + h.letterId();
        return new SearchPage.Hit(url, h.conversationTitle(), h.authorName(),
                dayAndTime.format(h.writtenAt().atZoneSameInstant(zone)), h.writtenAt().toString(),
                Snippets.around(h.body(), words));
    }

    private String summary(int count) {
        return switch (count) {
            case 0 -> texts.get("search.none");
            case 1 -> texts.get("search.one");
            default -> texts.format("search.many", count);
        };
    }
}
