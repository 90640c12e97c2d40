package org.mail2blog.admin;

import java.util.List;

/** The audit log page: the newest admin decisions first. */
public record AuditPage(String admin, String csrfToken, List<Row> rows, int limit) {
    public AuditPage {
        rows = List.copyOf(rows);
    }

    /**
     * One decision.
     *
     * @param at     when, in the blog's zone
     * @param actor  who: an admin's user name, {@code api}, …
     * @param action what ({@code approve}, {@code reject}, …)
     * @param target on what ({@code letter 12})
     * @param detail anything else (a reason, a name change); may be empty
     */
    public record Row(String at, String actor, String action, String target, String detail) {
    }
}
