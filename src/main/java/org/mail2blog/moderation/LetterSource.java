package org.mail2blog.moderation;

import java.util.List;

/**
 * Where a letter came from: its stored mail and what reading it left behind. Admins only.
 *
 * @param messageKey  the stored mail ({@code message.id}) the letter was read from
 * @param sourceIndex 0 for the mail itself; 1, 2, … for letters embedded in a forwarded exchange
 * @param warnings    the parse and trim warnings stored with the letter, one per entry
 * @param sizeBytes   the size of the stored raw mail
 */
public record LetterSource(long messageKey, int sourceIndex, List<String> warnings, long sizeBytes) {
    public LetterSource {
        warnings = List.copyOf(warnings);
    }
}
