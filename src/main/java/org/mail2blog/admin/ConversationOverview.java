package org.mail2blog.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.ReplyAddress;

/** Builds the admin's view of all conversations, drafts included, for the page and the API. Thread-safe. */
public final class ConversationOverview {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ConversationRepository conversations;
    private final LetterRepository letters;
    private final ReplyAddress replyAddress;
    private final ZoneId zone;

    public ConversationOverview(ConversationRepository conversations, LetterRepository letters,
                                ReplyAddress replyAddress, ZoneId zone) {
        this.conversations = conversations;
        this.letters = letters;
        this.replyAddress = replyAddress;
        this.zone = zone;
    }

    public ConversationsPage page(String admin, String csrfToken, String notice) {
        return new ConversationsPage(admin, csrfToken, rows(), notice);
    }

    /** Every conversation, the newest first. */
    public List<ConversationsPage.Row> rows() {
        return conversations.listAll().stream().map(this::row).toList();
    }

    private ConversationsPage.Row row(Conversation c) {
        return new ConversationsPage.Row(c.slug(), c.title(), c.isPublished(), letters.countPublished(c.id()),
                replyAddress.forToken(c.replyToken()), WHEN.format(c.createdAt().atZoneSameInstant(zone)), c.isClosed());
    }
}
