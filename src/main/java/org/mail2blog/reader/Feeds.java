package org.mail2blog.reader;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LatestLetterRepository;
import org.mail2blog.blog.LatestLetterRepository.LatestLetter;
import org.mail2blog.support.Paragraphs;
import org.mail2blog.support.Texts;

/**
 * Builds the Atom feeds: {@link #site} ({@code /feed.atom}) and {@link #conversation}
 * ({@code /t/{slug}/feed.atom}). An entry's id is a {@code tag:} URI (RFC 4151) from the base URL's
 * host, the day the blog received the letter and the letter's id, so it stays the same when the letter
 * is edited or its conversation renamed. An entry is {@code published} when it was written and
 * {@code updated} when it last changed for a reader: written, published on the blog (which can be days
 * later) or edited by the admin; feed readers then show an edit again. Thread-safe.
 */
public final class Feeds {
    /** How many letters a feed carries. */
    static final int ENTRIES = 50;
    private static final OffsetDateTime NEVER = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private final ConversationRepository conversations;
    private final LatestLetterRepository letters;
    private final Texts texts;
    private final String baseUrl;
    private final String host;

    /** {@code baseUrl} is the blog's public URL without a trailing slash. */
    public Feeds(ConversationRepository conversations, LatestLetterRepository letters, Texts texts, String baseUrl) {
        this.conversations = conversations;
        this.letters = letters;
        this.texts = texts;
        this.baseUrl = baseUrl;
        this.host = URI.create(baseUrl).getHost();
    }

    /** The site feed: the latest published letters of all published conversations. */
    public Feed site() {
        List<LatestLetter> latest = letters.listLatest(ENTRIES);
        OffsetDateTime fallback = conversations.listPublished().stream()
                .map(c -> c.publishedAt().orElse(c.createdAt())).max(OffsetDateTime::compareTo).orElse(NEVER);
        return new Feed(baseUrl + "/", texts.get("blog.title"), texts.get("blog.tagline"),
                updated(latest, fallback), baseUrl + "/feed.atom", baseUrl + "/", texts.get("blog.title"),
                latest.stream().map(this::entry).toList());
    }

    /** One published conversation's feed; empty for an unknown slug or a draft. */
    public Optional<Feed> conversation(String slug) {
        return conversations.findBySlug(slug).filter(Conversation::isPublished).map(this::conversationFeed);
    }

    private Feed conversationFeed(Conversation c) {
        List<LatestLetter> latest = letters.listLatest(c.id(), ENTRIES);
        String page = baseUrl + "/t/" + path(c.slug());
        return new Feed("tag:" + host + "," + c.createdAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()
                + ":conversation-" + c.id(), c.title(), texts.format("feed.conversation-subtitle", c.title()),
                updated(latest, c.publishedAt().orElse(c.createdAt())), page + "/feed.atom", page,
                texts.get("blog.title"), latest.stream().map(this::entry).toList());
    }

    private Feed.Entry entry(LatestLetter l) {
        return new Feed.Entry("tag:" + host + "," + l.receivedOn() + ":letter-" + l.id(),
                texts.format("feed.entry-title", l.authorName(), l.conversationTitle()), l.authorName(),
                rfc3339(l.writtenAt()), rfc3339(l.changedAt()),
                baseUrl + "/t/" + path(l.slug()) + "#letter-" + l.id(), Paragraphs.of(l.body()));
    }

    private static String updated(List<LatestLetter> latest, OffsetDateTime fallback) {
        return rfc3339(latest.stream().map(LatestLetter::changedAt).max(OffsetDateTime::compareTo).orElse(fallback));
    }

    /** RFC 3339 in UTC, whole seconds: {@code 2011-07-12T08:00:00Z}. */
    static String rfc3339(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    private static String path(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
