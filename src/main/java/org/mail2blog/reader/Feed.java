package org.mail2blog.reader;

import java.util.List;

/**
 * An Atom feed (RFC 4287): the site's latest letters or one conversation's. Every string is plain
 * text; the {@code .ftlx} template escapes it for XML. Times are RFC 3339 in UTC. No address of a
 * person is here: the author of the feed is the blog.
 *
 * @param id        the feed's permanent id (an IRI)
 * @param title     the feed's title
 * @param subtitle  a line about the feed
 * @param updated   the newest entry's time; without entries, when the feed's subject was published
 * @param selfUrl   the feed's own absolute URL
 * @param pageUrl   the absolute URL of the page the feed follows
 * @param author    the blog's name
 * @param entries   the letters, the latest changed first
 */
public record Feed(String id, String title, String subtitle, String updated, String selfUrl, String pageUrl,
                   String author, List<Entry> entries) {
    public Feed {
        entries = List.copyOf(entries);
    }

    /**
     * One published letter.
     *
     * @param id         permanent id: the same after an edit, a rename or a move of the blog's pages
     * @param title      the author's public name and the conversation's title
     * @param authorName the author's public name
     * @param published  when the letter was written
     * @param updated    the latest of written, published on the blog and edited by the admin
     * @param url        the letter's permalink on the conversation's page
     * @param paragraphs the text as published, paragraphs of lines
     */
    public record Entry(String id, String title, String authorName, String published, String updated, String url,
                        List<List<String>> paragraphs) {
        public Entry {
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
