package org.mail2blog.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationLetter;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.ReplyAddress;

/** Builds the view models of the admin's new-conversation and conversation pages. Thread-safe. */
public final class ConversationPages {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int EXCERPT_LINES = 3;
    private static final int EXCERPT_CHARS = 200;
    private final ConversationRepository conversations;
    private final LetterRepository letters;
    private final ReplyAddress replyAddress;
    private final ZoneId zone;

    public ConversationPages(ConversationRepository conversations, LetterRepository letters, ReplyAddress replyAddress,
                             ZoneId zone) {
        this.conversations = conversations;
        this.letters = letters;
        this.replyAddress = replyAddress;
        this.zone = zone;
    }

    /** The new-conversation form, as typed and with its errors (both empty at first). */
    public ConversationNewPage newPage(String admin, String csrfToken, ConversationForm form, Map<String, String> errors) {
        return new ConversationNewPage(admin, csrfToken, form, errors);
    }

    /** The page of the conversation with that slug, its form filled from storage; empty for an unknown slug. */
    public Optional<ConversationEditPage> editPage(String slug, String admin, String csrfToken, String notice) {
        return conversations.findBySlug(slug).map(c -> page(c, admin, csrfToken, notice, ConversationForm.of(c), Map.of()));
    }

    /** The page again with the form as typed and the message per refused field; empty for an unknown slug. */
    public Optional<ConversationEditPage> editPage(String slug, String admin, String csrfToken, ConversationForm typed,
                                                   Map<String, String> errors) {
        return conversations.findBySlug(slug).map(c -> page(c, admin, csrfToken, "", typed, errors));
    }

    private ConversationEditPage page(Conversation c, String admin, String csrfToken, String notice,
                                      ConversationForm form, Map<String, String> errors) {
        return new ConversationEditPage(admin, csrfToken, notice, c.slug(), c.title(), form, errors, c.isPublished(),
                c.isClosed(), replyAddress.forToken(c.replyToken()), rows(letters.listForAdmin(c.id())));
    }

    /** The rows in the given order; only published letters move, past each other. */
    private List<ConversationEditPage.LetterRow> rows(List<ConversationLetter> list) {
        long total = list.stream().filter(l -> l.state() == ConversationLetter.State.PUBLISHED).count();
        int seen = 0;
        List<ConversationEditPage.LetterRow> rows = new ArrayList<>();
        for (ConversationLetter l : list) {
            boolean isPublished = l.state() == ConversationLetter.State.PUBLISHED;
            seen += isPublished ? 1 : 0;
            rows.add(new ConversationEditPage.LetterRow(l.id(), l.authorName(),
                    WHEN.format(l.writtenAt().atZoneSameInstant(zone)), excerpt(l.body()),
                    l.state().name().toLowerCase(Locale.ROOT), isPublished && seen > 1, isPublished && seen < total));
        }
        return rows;
    }

    /** The first lines of a letter, cut at a word when long. */
    static String excerpt(String body) {
        String lines = String.join(" ", body.strip().lines().map(String::strip).filter(s -> !s.isEmpty())
                .limit(EXCERPT_LINES).toList());
        return lines.length() <= EXCERPT_CHARS ? lines
                : lines.substring(0, EXCERPT_CHARS).replaceAll("\\s+\\S*$", "") + " …";
    }
}
