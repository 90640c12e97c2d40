package org.mail2blog.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationFields;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.Slugs;
import org.mail2blog.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin's changes to conversations, from the web pages and the API alike: create, edit,
 * publish and unpublish, close to new letters and reopen. Each change runs in one transaction with
 * its audit entry ({@code actor}: the admin's user name, or {@code api}); a change that changes
 * nothing writes no entry. A slug left blank is made from the title (-2, -3 … when taken); a typed
 * slug that another conversation has, or had, is refused. Thread-safe.
 */
public final class ConversationEditor {
    private static final Logger LOG = LoggerFactory.getLogger(ConversationEditor.class);
    private final Jdbi jdbi;
    private final ConversationRepository conversations;
    private final AuditLog audit;

    public ConversationEditor(Jdbi jdbi, ConversationRepository conversations, AuditLog audit) {
        this.jdbi = jdbi;
        this.conversations = conversations;
        this.audit = audit;
    }

    /** Creates a conversation from the form, published or as a draft as the form says. */
    public EditResult create(ConversationForm form, String actor) {
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return EditResult.refused(errors);
        }
        ConversationFields fields = form.fields();
        EditResult result = jdbi.inTransaction(h -> {
            if (!form.isSlugGenerated() && conversations.isSlugTaken(h, fields.slug())) {
                return EditResult.refused(Map.of("slug", taken(fields.slug())));
            }
            Conversation c = form.isSlugGenerated()
                    ? conversations.createWithFreeSlug(h, fields.asNew(form.isPublishNow()))
                    : conversations.create(h, fields.asNew(form.isPublishNow()));
            audit.record(h, actor, "create", target(c), quoted(c.title()) + (c.isPublished() ? ", published" : ", draft"));
            return EditResult.saved(c, true);
        });
        LOG.info("[admin] conversation created by={} slug={}", actor, result.saved().map(Conversation::slug).orElse("-"));
        return result;
    }

    /** Replaces the fields of the conversation with that slug; empty for an unknown slug. */
    public Optional<EditResult> update(String slug, ConversationForm form, String actor) {
        return jdbi.inTransaction(h -> conversations.findBySlug(h, slug).map(c -> update(h, c, form, actor)));
    }

    private EditResult update(Handle h, Conversation current, ConversationForm form, String actor) {
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return EditResult.refused(errors);
        }
        ConversationFields fields = form.fields();
        if (form.isSlugGenerated()) {
            fields = fields.withSlug(Slugs.unique(fields.slug(), s -> conversations.isSlugTaken(h, s, current.id())));
        } else if (conversations.isSlugTaken(h, fields.slug(), current.id())) {
            return EditResult.refused(Map.of("slug", taken(fields.slug())));
        }
        List<String> changes = changes(ConversationFields.of(current), fields);
        if (changes.isEmpty()) {
            return EditResult.saved(current, false);
        }
        Conversation now = conversations.update(h, current, fields);
        audit.record(h, actor, "edit", target(now), String.join("; ", changes));
        LOG.info("[admin] conversation={} edited by={}: {}", now.slug(), actor, String.join("; ", changes));
        return EditResult.saved(now, true);
    }

    /** Publishes or unpublishes; empty for an unknown slug. */
    public Optional<Conversation> setPublished(String slug, boolean published, String actor) {
        return jdbi.inTransaction(h -> conversations.findBySlug(h, slug).map(c -> {
            if (c.isPublished() == published) {
                return c;
            }
            Conversation now = conversations.setPublished(h, c.id(), published);
            audit.record(h, actor, published ? "publish" : "unpublish", target(now), quoted(now.title()));
            return now;
        }));
    }

    /** Closes the conversation to new letters, or reopens it; empty for an unknown slug. */
    public Optional<Conversation> setClosed(String slug, boolean closed, String actor) {
        return jdbi.inTransaction(h -> conversations.findBySlug(h, slug).map(c -> {
            if (c.isClosed() == closed) {
                return c;
            }
            Conversation now = conversations.setClosed(h, c.id(), closed);
            audit.record(h, actor, closed ? "close" : "reopen", target(now), quoted(now.title()));
            return now;
        }));
    }

    /** What differs, one phrase per field, for the audit entry. */
    static List<String> changes(ConversationFields before, ConversationFields after) {
        List<String> changes = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            changes.add("title " + quoted(before.title()) + " \u2192 " + quoted(after.title()));
        }
        if (!before.slug().equals(after.slug())) {
            changes.add("slug " + before.slug() + " \u2192 " + after.slug());
        }
        textChange("intro", before.intro(), after.intro()).ifPresent(changes::add);
        textChange("outro", before.outro(), after.outro()).ifPresent(changes::add);
        if (!before.labels().equals(after.labels())) {
            changes.add("labels " + before.labels() + " \u2192 " + after.labels());
        }
        return changes;
    }

    private static Optional<String> textChange(String name, String before, String after) {
        return before.equals(after) ? Optional.empty()
                : Optional.of(name + " changed (" + before.length() + " \u2192 " + after.length() + " characters)");
    }

    private static String taken(String slug) {
        return "Another conversation has the slug \u201c" + slug + "\u201d, or had it before (its old links"
                + " still lead there); choose another, or leave it blank to make one from the title.";
    }

    private static String target(Conversation c) {
        return "conversation " + c.slug();
    }

    private static String quoted(String text) {
        return "\u201c" + text + "\u201d";
    }
}
