package org.mail2blog.reader;

import java.util.List;

/**
 * The front page: published conversations, most recently active first, one page of them.
 *
 * @param conversations the cards of this page
 * @param previousUrl   the newer page's address; empty on the first page
 * @param nextUrl       the older page's address; empty on the last page
 */
public record IndexPage(List<Card> conversations, String previousUrl, String nextUrl) {
    public IndexPage {
        conversations = List.copyOf(conversations);
    }

    /** All the cards on one page, without paging links. */
    public IndexPage(List<Card> conversations) {
        this(conversations, "", "");
    }

    /** One conversation on the front page. */
    public record Card(String slug, String title, String dateHeading, String isoDate, String letterCount,
                       String excerpt) {
    }
}
