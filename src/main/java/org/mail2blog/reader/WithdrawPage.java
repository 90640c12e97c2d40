package org.mail2blog.reader;

import java.util.List;

/**
 * The confirm page behind a withdraw link: the writer's letter as it is (or would be) published,
 * and a button that posts the withdrawal. Every string is plain text; the template escapes it.
 *
 * @param token             the withdraw token, for the form's action
 * @param authorName        the public name
 * @param writtenAt         the date, formatted
 * @param isoDate           the date, ISO 8601
 * @param paragraphs        the text, paragraphs of lines
 * @param isPublished       true when the letter is on the conversation's page, false while it waits
 * @param isMatched         false when the letter belongs to no conversation yet
 * @param conversationTitle the conversation's title; empty when unmatched
 */
public record WithdrawPage(String token, String authorName, String writtenAt, String isoDate,
                           List<List<String>> paragraphs, boolean isPublished, boolean isMatched,
                           String conversationTitle) implements WithdrawView {
    public WithdrawPage {
        paragraphs = List.copyOf(paragraphs);
    }
}
