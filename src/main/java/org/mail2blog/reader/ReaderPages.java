package org.mail2blog.reader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.PublishedLetter;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.support.Paragraphs;
import org.mail2blog.support.Texts;

/** Builds the readers' view models from published data. Thread-safe. */
public final class ReaderPages {
    private static final int EXCERPT_CHARS = 200;
    /** Conversations on one page of the front page. */
    public static final int PER_PAGE = 10;
    private final ConversationRepository conversations;
    private final LetterRepository letters;
    private final ReplyAddress replyAddress;
    private final Texts texts;
    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayAndTime;

    public ReaderPages(ConversationRepository conversations, LetterRepository letters, ReplyAddress replyAddress,
                       Texts texts, ZoneId zone) {
        this.conversations = conversations;
        this.letters = letters;
        this.replyAddress = replyAddress;
        this.texts = texts;
        this.zone = zone;
        this.day = DateTimeFormatter.ofPattern(texts.get("date.day"), texts.locale());
        this.dayAndTime = DateTimeFormatter.ofPattern(texts.get("date.day-and-time"), texts.locale());
    }

    /** Every published conversation on one page, without paging links (for a full listing). */
    public IndexPage index() {
        return new IndexPage(conversations.listPublished().stream().map(this::card).toList());
    }

    /**
     * One page of the front page, {@link #PER_PAGE} conversations; {@code page} is the query parameter
     * (null or unreadable: the first page). Empty for a page number beyond the last page.
     */
    public Optional<IndexPage> index(String page) {
        List<Conversation> all = conversations.listPublished();
        return Paging.of(page, all.size(), PER_PAGE).map(p -> new IndexPage(
                p.slice(all).stream().map(this::card).toList(),
                p.hasPrevious() ? pageUrl(p.page() - 1) : "", p.hasNext() ? pageUrl(p.page() + 1) : ""));
    }

    /** The page of a label, matched without regard to case; empty when no published conversation has it. */
    public Optional<LabelPage> label(String label) {
        List<Conversation> tagged = conversations.listPublished().stream()
                .filter(c -> Labels.find(c.labels(), label).isPresent()).toList();
        return tagged.isEmpty() ? Optional.empty() : Optional.of(new LabelPage(
                Labels.find(tagged.get(0).labels(), label).orElseThrow(), tagged.stream().map(this::card).toList()));
    }

    /** The page of a published conversation; empty for an unknown slug or a draft. */
    public Optional<ConversationPage> conversation(String slug) {
        return conversations.findBySlug(slug).filter(Conversation::isPublished).map(this::page);
    }

    /**
     * Where an old link leads: the current slug of the published conversation that had {@code slug}
     * before it was renamed; empty when none did (or it is a draft now).
     */
    public Optional<String> movedTo(String slug) {
        return conversations.findByFormerSlug(slug).filter(Conversation::isPublished).map(Conversation::slug);
    }

    private IndexPage.Card card(Conversation c) {
        OffsetDateTime date = c.publishedAt().orElse(c.createdAt());
        return new IndexPage.Card(c.slug(), c.title(), day.format(date.atZoneSameInstant(zone)),
                date.toString(), letterCount(letters.countPublished(c.id())), excerpt(c.intro()));
    }

    private ConversationPage page(Conversation c) {
        OffsetDateTime date = c.publishedAt().orElse(c.createdAt());
        List<ConversationPage.Letter> published = letters.listPublished(c.id()).stream().map(this::letter).toList();
        String address = replyAddress.forToken(c.replyToken());
        return new ConversationPage(c.slug(), day.format(date.atZoneSameInstant(zone)), date.toString(), c.title(),
                Paragraphs.of(c.intro()), published, Paragraphs.of(c.outro()), c.labels(),
                letterCount(published.size()), address, mailto(address, c.title()), c.isClosed());
    }

    private ConversationPage.Letter letter(PublishedLetter l) {
        return new ConversationPage.Letter(l.id(), l.authorName(),
                dayAndTime.format(l.writtenAt().atZoneSameInstant(zone)), l.writtenAt().toString(),
                Paragraphs.of(l.body()));
    }

    private static String pageUrl(int page) {
        return page == 1 ? "/" : "/?page=" + page;
    }

    private String letterCount(int count) {
        return switch (count) {
            case 0 -> texts.get("letters.none");
            case 1 -> texts.get("letters.one");
            default -> texts.format("letters.many", count);
        };
    }

    private String mailto(String address, String title) {
        String subject = URLEncoder.encode(texts.get("reply.subject-prefix") + title, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "mailto:" + address + "?subject=" + subject;
    }

    private static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS).replaceAll("\\s+\\S*$", "") + " …";
    }
}
