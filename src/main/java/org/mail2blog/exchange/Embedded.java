package org.mail2blog.exchange;

import java.util.List;

/**
 * An older letter found inside a letter's text. The enclosing letter's own words are its lines
 * before {@code end} and from {@code resume} on (text below a quote, in a bottom-posted reply).
 *
 * @param end         the first line that belongs to the older letter (its marker or attribution)
 * @param resume      the first line after the older letter; the text's size when it runs to the end
 * @param author      who wrote the older letter, as the quoting client printed it
 * @param printedDate the date the quoting client printed, empty when it printed none
 * @param lines       the older letter's text, one quote level removed, with its own history
 */
record Embedded(int end, int resume, Author author, String printedDate, List<String> lines) {
    Embedded {
        lines = List.copyOf(lines);
    }
}
