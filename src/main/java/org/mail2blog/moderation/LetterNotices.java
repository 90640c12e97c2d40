package org.mail2blog.moderation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.mail2blog.blog.RecipientTokens;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.follow.CameBy;
import org.mail2blog.follow.Follower;
import org.mail2blog.follow.FollowerRepository;
import org.mail2blog.notify.ConversationNotifier;
import org.mail2blog.notify.LetterPending;
import org.mail2blog.notify.LetterPublished;
import org.mail2blog.notify.LetterRejected;
import org.mail2blog.notify.NewLetter;
import org.mail2blog.thread.MatchedBy;

/**
 * Who is told what when a letter enters the queue, is published or is rejected with a reason, inside
 * the queue's own transaction: every admin address about a pending letter (except the admin who
 * wrote it); on approval the author becomes a follower and gets the published notice, and every
 * other active follower gets the letter as published (the admin's edit when there is one); on a
 * rejection with a reason the sender gets the reason, when the address is a person's. An author's
 * and a follower's mail carries the recipient's own reply address; an admin's carries the letter's
 * moderation address, signed for that admin, so a reply to it is a decision. Thread-safe.
 */
public final class LetterNotices {
    private final FollowerRepository followers;
    private final RecipientTokens recipientTokens;
    private final ConversationNotifier notifier;
    private final Links links;
    private final ModerationAddress moderationAddress;

    /**
     * Where the links in the mails point, and how dates are written.
     *
     * @param baseUrl      the public base URL without trailing slash
     * @param replyAddress makes reply addresses of tokens
     * @param admins       the admins' own addresses, lower-case, asked for each pending letter (so
     *                     accounts added while the service runs are told too)
     * @param dateFormat   a letter's date as readers see it (pattern, language and zone of the blog)
     */
    public record Links(String baseUrl, ReplyAddress replyAddress, Supplier<List<String>> admins,
                        DateTimeFormatter dateFormat) {
        /** Links with a fixed list of admin addresses. */
        public Links(String baseUrl, ReplyAddress replyAddress, List<String> adminAddresses,
                     DateTimeFormatter dateFormat) {
            this(baseUrl, replyAddress, fixed(adminAddresses), dateFormat);
        }

        private static Supplier<List<String>> fixed(List<String> addresses) {
            List<String> copy = List.copyOf(addresses);
            return () -> copy;
        }

        /** The admins' own addresses now. */
        public List<String> adminAddresses() {
            return admins.get();
        }
    }

    /** @param moderationAddress signs the address each admin replies to with a decision */
    public LetterNotices(FollowerRepository followers, RecipientTokens recipientTokens, ConversationNotifier notifier,
                         Links links, ModerationAddress moderationAddress) {
        this.followers = followers;
        this.recipientTokens = recipientTokens;
        this.notifier = notifier;
        this.links = links;
        this.moderationAddress = moderationAddress;
    }

    /** The letter as the mails need it. */
    private record Row(long id, Optional<Long> conversationId, Optional<String> slug, Optional<String> title,
                       String authorName, String authorAddress, OffsetDateTime writtenAt, String body,
                       Optional<String> messageId) {
    }

    /** Tells every admin that a letter waits (within the enqueue transaction). */
    void pending(Handle h, long letterId) {
        Row letter = load(h, letterId);
        String trustUnverified = SenderTriage.findTrustUnverified(h, letterId).orElse("");
        for (String admin : links.adminAddresses()) {
            if (admin.equalsIgnoreCase(letter.authorAddress())) {
                continue;
            }
            notifier.letterPending(h, new LetterPending(letterId, admin, letter.authorName(),
                    letter.conversationId().isPresent(), letter.title().orElse(""), letter.body(),
                    links.dateFormat().format(letter.writtenAt()), links.baseUrl() + "/admin/",
                    letter.conversationId(), moderationAddress.forLetter(letterId, admin), letter.messageId(),
                    trustUnverified));
        }
    }

    /**
     * The author follows and is told; every other active follower gets the letter (within the approval
     * transaction). An imported letter was written long ago, to other people: nobody is told, and its
     * author does not become a follower.
     */
    void published(Handle h, long letterId) {
        if (isImported(h, letterId)) {
            return;
        }
        Row letter = load(h, letterId);
        long conversationId = letter.conversationId().orElseThrow(
                () -> new IllegalStateException("letter " + letterId + " was published without a conversation"));
        String letterUrl = links.baseUrl() + "/t/" + letter.slug().orElseThrow() + "#letter-" + letterId;
        String title = letter.title().orElseThrow();
        Follower author = followers.follow(h, conversationId, letter.authorAddress(), CameBy.WROTE);
        notifier.letterPublished(h, new LetterPublished(letterId, conversationId, author.address(),
                letter.authorName(), title, letterUrl, replyAddress(h, conversationId, author.address()),
                unsubscribeUrl(author), letter.messageId()));
        String writtenAt = links.dateFormat().format(letter.writtenAt());
        for (Follower f : followers.listActive(h, conversationId)) {
            if (f.address().equalsIgnoreCase(letter.authorAddress())) {
                continue;
            }
            notifier.newLetter(h, new NewLetter(letterId, conversationId, f.address(), title, letter.authorName(),
                    writtenAt, letter.body(), letterUrl, replyAddress(h, conversationId, f.address()),
                    unsubscribeUrl(f), letter.messageId()));
        }
    }

    /**
     * Tells the sender why the letter was rejected (within the rejection transaction): never an
     * address that is not a person's, and at most one such mail per sender a day.
     */
    RejectionMail rejected(Handle h, long letterId, String reason) {
        Row letter = load(h, letterId);
        String to = letter.authorAddress().strip().toLowerCase(Locale.ROOT);
        if (!PersonAddress.isPerson(to, links.replyAddress())) {
            return RejectionMail.NOT_A_PERSON;
        }
        Optional<String> replyTo = letter.conversationId().map(c -> replyAddress(h, c, to));
        boolean queued = notifier.letterRejected(h, new LetterRejected(letterId, to, letter.authorName(),
                letter.conversationId().isPresent(), letter.title().orElse(""), reason, letter.conversationId(),
                replyTo, letter.messageId()));
        return queued ? RejectionMail.QUEUED : RejectionMail.HELD_BACK;
    }

    private String replyAddress(Handle h, long conversationId, String recipient) {
        return links.replyAddress().forToken(recipientTokens.tokenFor(h, conversationId, recipient));
    }

    private String unsubscribeUrl(Follower follower) {
        return links.baseUrl() + "/unsubscribe/" + follower.unsubscribeToken();
    }

    private static boolean isImported(Handle h, long letterId) {
        return h.createQuery("SELECT matched_by FROM letter WHERE id = :id").bind("id", letterId)
                .mapTo(String.class).findOne().filter(MatchedBy.IMPORTED.name()::equals).isPresent();
    }

    private static Row load(Handle h, long letterId) {
        return h.createQuery("SELECT l.id, l.conversation_id, c.slug, c.title, l.author_name, l.author_address,"
                        + " l.written_at, COALESCE(l.edited_body, l.body) AS body, l.rfc_message_id FROM letter l"
                        + " LEFT JOIN conversation c ON c.id = l.conversation_id WHERE l.id = :id")
                .bind("id", letterId)
                .map((rs, ctx) -> new Row(rs.getLong("id"),
                        Optional.ofNullable(rs.getObject("conversation_id", Long.class)),
                        Optional.ofNullable(rs.getString("slug")), Optional.ofNullable(rs.getString("title")),
                        rs.getString("author_name"), rs.getString("author_address"),
                        rs.getObject("written_at", OffsetDateTime.class), rs.getString("body"),
                        Optional.ofNullable(rs.getString("rfc_message_id"))))
                .one();
    }
}
