package org.mail2blog.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationFields;
import org.mail2blog.blog.Slugs;

/**
 * A conversation's fields as the admin typed them (web form or API), before they are checked.
 * {@link #errors()} names each field that breaks a rule, with a message that says what to do;
 * whether a slug is free is decided when it is stored ({@link ConversationEditor}). Immutable.
 *
 * @param title       one line, required
 * @param slug        the URL name; blank: made from the title
 * @param intro       plain text before the letters
 * @param outro       plain text after the letters
 * @param labels      comma-separated
 * @param isPublishNow for a new conversation: publish at once instead of keeping it as a draft
 */
public record ConversationForm(String title, String slug, String intro, String outro, String labels,
                               boolean isPublishNow) {
    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_LABEL = 60;
    public static final int MAX_LABELS_TOTAL = 1000;

    /** Absent values become empty; line ends become {@code \n}. */
    public ConversationForm {
        title = clean(title);
        slug = clean(slug);
        intro = clean(intro);
        outro = clean(outro);
        labels = clean(labels);
    }

    /** The empty form of a new conversation. */
    public static ConversationForm blank() {
        return new ConversationForm("", "", "", "", "", false);
    }

    /** The form filled with a stored conversation's fields. */
    public static ConversationForm of(Conversation c) {
        return new ConversationForm(c.title(), c.slug(), c.intro(), c.outro(), String.join(", ", c.labels()),
                c.isPublished());
    }

    /** True when the admin left the slug blank, so it is made from the title. */
    public boolean isSlugGenerated() {
        return slug.isBlank();
    }

    /** What is wrong, per field ({@code title}, {@code slug}, {@code intro}, {@code outro}, {@code labels}); empty when nothing. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = title.strip();
        if (t.isEmpty()) {
            errors.put("title", "Give the conversation a title.");
        } else if (t.length() > MAX_TITLE) {
            errors.put("title", tooLong("A title", MAX_TITLE, t.length()));
        } else if (t.chars().anyMatch(Character::isISOControl)) {
            errors.put("title", "A title is one line: remove the line breaks.");
        }
        slugError().ifPresent(e -> errors.put("slug", e));
        textError("intro", "The intro", intro, errors);
        textError("outro", "The outro", outro, errors);
        labelsError().ifPresent(e -> errors.put("labels", e));
        return errors;
    }

    /** The checked fields; call only when {@link #errors()} is empty. A blank slug is made from the title. */
    public ConversationFields fields() {
        String s = isSlugGenerated() ? Slugs.of(title.strip()) : slug.strip().toLowerCase(Locale.ROOT);
        return new ConversationFields(s, title.strip(), intro.strip(), outro.strip(), labelList());
    }

    private Optional<String> slugError() {
        String s = slug.strip().toLowerCase(Locale.ROOT);
        if (isSlugGenerated()) {
            return Optional.empty();
        } else if (!Slugs.isWellFormed(s)) {
            return Optional.of("A slug is made of the letters a–z, digits and single dashes between them,"
                    + " at most " + Slugs.MAX_TYPED_LENGTH + " characters (for example kallsortering-ii);"
                    + " or leave it blank to make one from the title.");
        } else if (Slugs.isReserved(s)) {
            return Optional.of("\u201c" + s + "\u201d names an admin page; choose another slug.");
        }
        return Optional.empty();
    }

    private static void textError(String field, String name, String text, Map<String, String> errors) {
        if (text.strip().length() > MAX_TEXT) {
            errors.put(field, tooLong(name, MAX_TEXT, text.strip().length()));
        }
    }

    private Optional<String> labelsError() {
        List<String> list = labelList();
        for (String label : list) {
            if (label.length() > MAX_LABEL) {
                return Optional.of(tooLong("A label", MAX_LABEL, label.length()) + " (\u201c"
                        + label.substring(0, 20) + "…\u201d)");
            } else if (label.chars().anyMatch(Character::isISOControl)) {
                return Optional.of("Labels are separated by commas, on one line.");
            }
        }
        int total = String.join(",", list).length();
        return total > MAX_LABELS_TOTAL ? Optional.of(tooLong("All labels together", MAX_LABELS_TOTAL, total))
                : Optional.empty();
    }

    /** The labels: split at commas, stripped, blanks dropped, each kept once (ignoring case), in order. */
    private List<String> labelList() {
        List<String> list = new ArrayList<>();
        Arrays.stream(labels.split(",")).map(String::strip).filter(l -> !l.isEmpty())
                .filter(l -> list.stream().noneMatch(l::equalsIgnoreCase)).forEach(list::add);
        return list;
    }

    private static String tooLong(String what, int max, int length) {
        return what + " can have at most " + max + " characters; this one has " + length + ".";
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
    }
}
