package org.mail2blog.admin;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.moderation.QueueItem;

/** Builds the admin view models. Thread-safe. */
public final class AdminPages {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ModerationQueue queue;
    private final Jdbi jdbi;
    private final ZoneId zone;

    public AdminPages(ModerationQueue queue, Jdbi jdbi, ZoneId zone) {
        this.queue = queue;
        this.jdbi = jdbi;
        this.zone = zone;
    }

    public QueuePage queue(String admin, String csrfToken, String notice) {
        return new QueuePage(admin, csrfToken, queue.listPending().stream().map(this::item).toList(),
                messages("quarantined"), messages("ignored"), notice, conversations());
    }

    private List<QueuePage.Choice> conversations() {
        return jdbi.withHandle(h -> h.createQuery("SELECT slug, title, published_at FROM conversation"
                        + " ORDER BY created_at DESC, id DESC")
                .map((rs, ctx) -> new QueuePage.Choice(rs.getString("slug"), rs.getString("title"),
                        rs.getObject("published_at") != null))
                .list());
    }

    private QueuePage.Item item(QueueItem q) {
        return new QueuePage.Item(q.id(), q.conversationTitle().orElse(""), q.conversationSlug().orElse(""),
                q.isMatched(), q.fromName(), q.fromAddress(), q.subject(), format(q.writtenAt()), q.body(),
                q.removed(), q.matchedBy().name(), q.isEmpty(), q.isSenderMismatch(), q.isConversationClosed());
    }

    private List<QueuePage.Quarantined> messages(String state) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, message_id, received_at, reason, detail FROM message"
                        + " WHERE state = :state ORDER BY id DESC LIMIT 100").bind("state", state)
                .map((rs, ctx) -> new QueuePage.Quarantined(rs.getLong("id"),
                        rs.getString("message_id") == null ? "" : rs.getString("message_id"),
                        format(rs.getObject("received_at", OffsetDateTime.class)),
                        rs.getString("reason"), rs.getString("detail")))
                .list());
    }

    private String format(OffsetDateTime time) {
        return WHEN.format(time.atZoneSameInstant(zone));
    }
}
