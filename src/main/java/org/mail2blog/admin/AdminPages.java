package org.mail2blog.admin;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.moderation.QueueItem;

/** Builds the admin view models of the queue and the quarantine. Thread-safe. */
public final class AdminPages {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ModerationQueue queue;
    private final Jdbi jdbi;
    private final ZoneId zone;
    private final LetterReviews reviews;

    public AdminPages(ModerationQueue queue, Jdbi jdbi, ZoneId zone, LetterReviews reviews) {
        this.queue = queue;
        this.jdbi = jdbi;
        this.zone = zone;
        this.reviews = reviews;
    }

    public QueuePage queue(String admin, String csrfToken, String notice) {
        return new QueuePage(admin, csrfToken, queue.listPending().stream().map(this::item).toList(),
                count("quarantined"), count("ignored"), notice, conversations());
    }

    /** The page of one pending letter; empty when no pending letter has that id. */
    public Optional<QueueItemPage> item(long id, String admin, String csrfToken) {
        return queue.findPending(id).map(q -> new QueueItemPage(admin, csrfToken, item(q), conversations()));
    }

    public QuarantinePage quarantine(String admin, String csrfToken, String notice) {
        return new QuarantinePage(admin, csrfToken, mails("quarantined"), count("quarantined"), mails("ignored"),
                count("ignored"), notice);
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
                q.removed(), q.matchedBy().name(), q.isEmpty(), q.isSenderMismatch(),
                q.authentication().status().name(), q.authentication().explanation(), q.isTrustUnverified(),
                q.isConversationClosed(), reviews.review(q));
    }

    private int count(String state) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM message WHERE state = :state")
                .bind("state", state).mapTo(Integer.class).one());
    }

    private List<QuarantinePage.Mail> mails(String state) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, message_id, received_at, reason, detail, size_bytes"
                        + " FROM message WHERE state = :state ORDER BY id DESC LIMIT " + QuarantinePage.SHOWN)
                .bind("state", state)
                .map((rs, ctx) -> new QuarantinePage.Mail(rs.getLong("id"),
                        rs.getString("message_id") == null ? "" : rs.getString("message_id"),
                        format(rs.getObject("received_at", OffsetDateTime.class)),
                        rs.getString("reason"), rs.getString("detail"), ByteSizes.format(rs.getLong("size_bytes"))))
                .list());
    }

    private String format(OffsetDateTime time) {
        return WHEN.format(time.atZoneSameInstant(zone));
    }
}
