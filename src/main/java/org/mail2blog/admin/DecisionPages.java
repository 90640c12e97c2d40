package org.mail2blog.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.mail2blog.audit.AuditEntry;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.moderation.LetterDecisions;
import org.mail2blog.moderation.ModerationQueue;

/** Builds the view models of the edit page and the audit log page. Thread-safe. */
public final class DecisionPages {
    /** How many audit entries the page shows. */
    public static final int AUDIT_ROWS = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final ModerationQueue queue;
    private final AuditLog audit;
    private final ZoneId zone;

    public DecisionPages(ModerationQueue queue, AuditLog audit, ZoneId zone) {
        this.queue = queue;
        this.audit = audit;
        this.zone = zone;
    }

    /** The edit page of a pending letter, prefilled with its trimmed text; empty when it is not pending. */
    public Optional<EditPage> edit(String admin, String csrfToken, long letterId) {
        return queue.findPending(letterId).map(q -> new EditPage(admin, csrfToken, q.id(),
                q.conversationTitle().orElse(""), q.fromName(), q.subject(), q.body(), q.removed(),
                LetterDecisions.MAX_EDIT_LENGTH, ""));
    }

    /** The edit page again with the refused text and the reason on the field; empty when it is not pending. */
    public Optional<EditPage> refusedEdit(String admin, String csrfToken, long letterId, String text) {
        String error = text.isBlank() ? "Write the text to publish: an empty letter cannot be published."
                : "The text is too long: at most " + LetterDecisions.MAX_EDIT_LENGTH + " characters.";
        return edit(admin, csrfToken, letterId).map(p -> new EditPage(p.admin(), p.csrfToken(), p.letterId(),
                p.conversation(), p.fromName(), p.subject(), text, p.removed(), p.maxLength(), error));
    }

    /** The newest {@value #AUDIT_ROWS} audit entries. */
    public AuditPage audit(String admin, String csrfToken) {
        return new AuditPage(admin, csrfToken, audit.newest(AUDIT_ROWS).stream().map(this::row).toList(),
                AUDIT_ROWS);
    }

    private AuditPage.Row row(AuditEntry e) {
        return new AuditPage.Row(WHEN.format(e.at().atZoneSameInstant(zone)), e.actor(), e.action(), e.target(),
                e.detail());
    }
}
