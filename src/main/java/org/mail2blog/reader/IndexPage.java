package org.mail2blog.reader;

import java.util.List;

/** The front page: published conversations, most recently active first. */
public record IndexPage(List<Card> conversations) {
    public IndexPage {
        conversations = List.copyOf(conversations);
    }

    /** One conversation on the front page. */
    public record Card(String slug, String title, String dateHeading, String isoDate, String letterCount,
                       String excerpt) {
    }
}
