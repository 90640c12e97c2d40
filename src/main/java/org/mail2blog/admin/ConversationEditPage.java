package org.mail2blog.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's page of one conversation: its fields in a form (as stored, or as typed with a message
 * per refused field), its publish and close switches, and its letters in reading order with what can
 * be done to each.
 *
 * @param slug         the current slug (the form posts to it)
 * @param title        the stored title, for the heading
 * @param errors       message per field name; empty when nothing was refused
 * @param replyAddress the conversation's reply address (admins only)
 * @param letters      published and removed letters in reading order, then the pending ones
 */
public record ConversationEditPage(String admin, String csrfToken, String notice, String slug, String title,
                                   ConversationForm form, Map<String, String> errors, boolean isPublished,
                                   boolean isClosed, String replyAddress, List<LetterRow> letters) {
    public ConversationEditPage {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        letters = List.copyOf(letters);
    }

    /**
     * One letter of the conversation.
     *
     * @param state     {@code published}, {@code removed} or {@code pending}
     * @param excerpt   its first lines, shortened
     * @param canMoveUp true when a published letter stands above it
     */
    public record LetterRow(long id, String authorName, String writtenAt, String excerpt, String state,
                            boolean canMoveUp, boolean canMoveDown) {
        public boolean isPublished() {
            return "published".equals(state);
        }

        public boolean isRemoved() {
            return "removed".equals(state);
        }
    }
}
