package org.mail2blog.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mail2blog.blog.Conversation;

/**
 * What became of a create or edit form: the conversation as stored, or the form's errors per field
 * (then nothing was stored).
 *
 * @param saved     the conversation as it is now; empty when the form was refused
 * @param errors    message per field name; empty when saved
 * @param isChanged true when something was stored (an edit that changed nothing stores nothing)
 */
public record EditResult(Optional<Conversation> saved, Map<String, String> errors, boolean isChanged) {
    public EditResult {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    static EditResult saved(Conversation c, boolean isChanged) {
        return new EditResult(Optional.of(c), Map.of(), isChanged);
    }

    static EditResult refused(Map<String, String> errors) {
        return new EditResult(Optional.empty(), errors, false);
    }
}
