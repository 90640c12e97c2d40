package org.mail2blog.reader;

import java.util.List;

/**
 * A conversation in the shape of the blog post that inspired mail2blog: date heading, title, intro,
 * the letters in order, outro, labels, letter count and the call to reply by email. Every string is
 * plain text; the template escapes it. The only address here is the conversation's own reply address.
 * A closed conversation ({@code isClosed}) keeps its page but invites no more replies or followers.
 */
public record ConversationPage(String slug, String dateHeading, String isoDate, String title,
                               List<List<String>> intro, List<Letter> letters, List<List<String>> outro,
                               List<String> labels, String letterCount, String replyAddress, String mailto,
                               boolean isClosed) {
    public ConversationPage {
        intro = List.copyOf(intro);
        letters = List.copyOf(letters);
        outro = List.copyOf(outro);
        labels = List.copyOf(labels);
    }

    /** The page of an open conversation. */
    public ConversationPage(String slug, String dateHeading, String isoDate, String title, List<List<String>> intro,
                            List<Letter> letters, List<List<String>> outro, List<String> labels, String letterCount,
                            String replyAddress, String mailto) {
        this(slug, dateHeading, isoDate, title, intro, letters, outro, labels, letterCount, replyAddress, mailto, false);
    }

    /**
     * One published letter: author's public name, date, paragraphs of lines; {@link #blocks} is the
     * same text with its quotations and links marked, for the reader's page.
     */
    public record Letter(long id, String authorName, String writtenAt, String isoDate,
                         List<List<String>> paragraphs) {
        public Letter {
            paragraphs = List.copyOf(paragraphs);
        }

        /** The paragraphs as blocks of text and link pieces; see {@link LetterText}. */
        public List<LetterText.Block> blocks() {
            return LetterText.blocks(paragraphs);
        }
    }
}
