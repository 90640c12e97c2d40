package org.mail2blog.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin's form for a new conversation: empty at first, or as typed with a message per refused
 * field.
 *
 * @param errors message per field name ({@code title}, {@code slug}, {@code intro}, {@code outro}, {@code labels})
 */
public record ConversationNewPage(String admin, String csrfToken, ConversationForm form, Map<String, String> errors) {
    public ConversationNewPage {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }
}
