package org.mail2blog.app;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mail2blog.admin.ConversationForm;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationLetter;
import org.mail2blog.blog.ReplyAddress;

/**
 * The admin API's JSON for one conversation: the request body of create and edit (read over a base
 * form, so an edit changes only the fields it names), and the answer with the conversation's fields
 * and letters. Stateless.
 */
final class ConversationJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEXT_FIELDS = List.of("title", "slug", "intro", "outro");

    private ConversationJson() {
    }

    /** A request body read over a base form; {@code errors} names each field of the wrong type. */
    record Body(ConversationForm form, Map<String, String> errors) {
    }

    /**
     * The body's fields over {@code base}: strings; labels as a string or an array of strings; and, only
     * when creating ({@code isCreate}), published as a boolean (an existing conversation is published
     * and unpublished by its own endpoints, which say so in the audit log).
     */
    static Body read(String body, ConversationForm base, boolean isCreate) {
        JsonNode json;
        try {
            json = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (JsonProcessingException e) {
            return new Body(base, Map.of("body", "the body must be a JSON object (" + e.getOriginalMessage() + ")"));
        }
        if (!json.isObject()) {
            return new Body(base, Map.of("body", "the body must be a JSON object"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>(Map.of("title", base.title(), "slug", base.slug(),
                "intro", base.intro(), "outro", base.outro()));
        for (String field : TEXT_FIELDS) {
            text(json, field, errors).ifPresent(v -> values.put(field, v));
        }
        String labels = labels(json, errors).orElse(base.labels());
        boolean published = published(json, isCreate, errors).orElse(base.isPublishNow());
        return new Body(new ConversationForm(values.get("title"), values.get("slug"), values.get("intro"),
                values.get("outro"), labels, published), errors);
    }

    private static Optional<String> text(JsonNode json, String field, Map<String, String> errors) {
        if (!json.has(field)) {
            return Optional.empty();
        } else if (!json.get(field).isTextual()) {
            errors.put(field, field + " must be a string");
            return Optional.empty();
        }
        return Optional.of(json.get(field).textValue());
    }

    private static Optional<Boolean> published(JsonNode json, boolean isCreate, Map<String, String> errors) {
        if (!json.has("published")) {
            return Optional.empty();
        } else if (!isCreate) {
            errors.put("published", "publish or unpublish with POST /admin/api/conversations/{slug}/publish or /unpublish");
        } else if (!json.get("published").isBoolean()) {
            errors.put("published", "published must be true or false");
        } else {
            return Optional.of(json.get("published").booleanValue());
        }
        return Optional.empty();
    }

    private static Optional<String> labels(JsonNode json, Map<String, String> errors) {
        JsonNode labels = json.get("labels");
        if (labels == null) {
            return Optional.empty();
        } else if (labels.isTextual()) {
            return Optional.of(labels.textValue());
        }
        List<String> list = new ArrayList<>();
        if (labels.isArray()) {
            labels.forEach(l -> list.add(l.isTextual() && !l.textValue().contains(",") ? l.textValue() : null));
        }
        if (!labels.isArray() || list.contains(null)) {
            errors.put("labels", "labels must be a string of comma-separated labels or an array of strings without commas");
            return Optional.empty();
        }
        return Optional.of(String.join(", ", list));
    }

    /** The conversation's fields, its state and its letters (published and removed in reading order, then pending). */
    static Map<String, Object> detail(Conversation c, ReplyAddress replyAddress, List<ConversationLetter> letters) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", c.slug());
        m.put("title", c.title());
        m.put("intro", c.intro());
        m.put("outro", c.outro());
        m.put("labels", c.labels());
        m.put("published", c.isPublished());
        m.put("closed", c.isClosed());
        m.put("replyAddress", replyAddress.forToken(c.replyToken()));
        m.put("createdAt", c.createdAt().toString());
        m.put("publishedAt", c.publishedAt().map(OffsetDateTime::toString).orElse(null));
        m.put("closedAt", c.closedAt().map(OffsetDateTime::toString).orElse(null));
        m.put("letters", letters.stream().map(ConversationJson::letter).toList());
        return m;
    }

    private static Map<String, Object> letter(ConversationLetter l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("authorName", l.authorName());
        m.put("writtenAt", l.writtenAt().toString());
        m.put("state", l.state().name().toLowerCase(Locale.ROOT));
        m.put("body", l.body());
        return m;
    }
}
