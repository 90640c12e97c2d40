package org.mail2blog.reader;

import java.util.List;
import java.util.Optional;

/**
 * Which slice of a list one page of the front page shows. Pages count from 1. A missing or unreadable
 * page number means the first page; a number outside the pages there are has no page.
 *
 * @param page      this page's number
 * @param pageCount how many pages there are (at least 1, also for an empty list)
 * @param perPage   items on a full page
 */
public record Paging(int page, int pageCount, int perPage) {
    /** The page {@code requested} (a query parameter, may be null) of {@code total} items. */
    public static Optional<Paging> of(String requested, int total, int perPage) {
        int pageCount = Math.max(1, (total + perPage - 1) / perPage);
        int page = number(requested);
        return page >= 1 && page <= pageCount ? Optional.of(new Paging(page, pageCount, perPage)) : Optional.empty();
    }

    /** This page's items of {@code all}. */
    public <T> List<T> slice(List<T> all) {
        int from = Math.min(all.size(), (page - 1) * perPage);
        return all.subList(from, Math.min(all.size(), from + perPage));
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }

    private static int number(String requested) {
        if (requested == null || !requested.strip().matches("\\d{1,9}")) {
            return 1;
        }
        return Integer.parseInt(requested.strip());
    }
}
