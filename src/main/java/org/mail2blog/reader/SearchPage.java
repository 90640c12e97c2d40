package org.mail2blog.reader;

import java.util.List;

/**
 * The search page: the form, and after a search its results (published letters only). Every string
 * is plain text; the template escapes it.
 *
 * @param query      what the reader searched for; empty before any search
 * @param isSearched true when there was a query, so an empty {@code hits} means "nothing found"
 * @param hits       the letters found, the best first
 * @param summary    how many were found, in words ("2 brev hittades"); empty before any search
 */
public record SearchPage(String query, boolean isSearched, List<Hit> hits, String summary) {
    public SearchPage {
        hits = List.copyOf(hits);
    }

    /** One letter found: where it is, who wrote it when, and the words around the match. */
    public record Hit(String url, String conversationTitle, String authorName, String writtenAt, String isoDate,
                      String snippet) {
    }
}
