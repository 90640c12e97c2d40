package org.mail2blog.reader;

import java.util.List;

/**
 * The page of one label: the published conversations that carry it, most recently active first.
 *
 * @param label         the label as the blogger wrote it on the first of them
 * @param conversations their cards; never empty (a label nobody uses has no page)
 */
public record LabelPage(String label, List<IndexPage.Card> conversations) {
    public LabelPage {
        conversations = List.copyOf(conversations);
    }
}
