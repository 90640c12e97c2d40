package org.mail2blog.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.mail2blog.app.Database;
import org.mail2blog.app.Views;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.cache.CachedPage;
import org.mail2blog.cache.DataVersion;
import org.mail2blog.cache.FolderStamp;
import org.mail2blog.cache.PageCache;
import org.mail2blog.cache.SiteVersion;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.reader.ConversationPage;
import org.mail2blog.reader.ReaderPages;
import org.mail2blog.support.Texts;

/**
 * Reader pages: a conversation of 1,000 published letters on an in-memory H2 (real Flyway schema,
 * letters inserted directly), rendered the way the web handler does it — uncached (database, page
 * bean, template), filling the cache (plus hash and gzip), and served from the cache.
 */
final class PagesBench {
    private static final int LETTERS = 1_000;

    private PagesBench() {
    }

    static void run() throws Exception {
        try (Database db = Database.open("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")) {
            Conversation conversation = conversationOf(db, LETTERS);
            Path templates = Path.of("templates");
            Texts texts = Texts.load(templates, Locale.forLanguageTag("sv"));
            Views views = new Views(templates, texts);
            ReaderPages reader = new ReaderPages(new ConversationRepository(db.jdbi()), new LetterRepository(db.jdbi()),
                    new ReplyAddress("blog@example.com"), texts, ZoneId.of("Europe/Stockholm"));
            String html = views.render("reader/conversation.ftlh", reader.conversation(conversation.slug()).orElseThrow());
            System.out.printf("Load average before the run: %.1f (figures are only fair on an idle machine)%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("Conversation page with %d letters (%,d bytes of HTML, %,d gzipped):%n", LETTERS,
                    html.getBytes(StandardCharsets.UTF_8).length, CachedPage.of("text/html", html, Instant.now()).gzipped().length);
            LetterRepository letters = new LetterRepository(db.jdbi());
            Bench.time("database only: the 1,000 published letters", 40, 60, () -> letters.listPublished(conversation.id()));
            Bench.time("page bean only (database + view model)", 40, 60, () -> reader.conversation(conversation.slug()));
            Bench.time("uncached: page bean + template render", 40, 60, () -> render(views, reader, conversation.slug()));
            Bench.time("cache fill: render + SHA-256 ETag + gzip", 40, 60,
                    () -> CachedPage.of("text/html", render(views, reader, conversation.slug()), Instant.now()));
            PageCache cache = new PageCache(500, 64L << 20);
            SiteVersion version = new SiteVersion(new DataVersion(),
                    new FolderStamp(templates, Duration.ofSeconds(1), System::nanoTime));
            cache.put("/t/" + conversation.slug(), version.current(), CachedPage.of("text/html", html, Instant.now()));
            Bench.time("cached: site version + cache lookup", 1_000, 10_000,
                    () -> cache.get("/t/" + conversation.slug(), version.current()).orElseThrow());
        }
    }

    private static String render(Views views, ReaderPages reader, String slug) {
        try {
            ConversationPage page = reader.conversation(slug).orElseThrow();
            return views.render("reader/conversation.ftlh", page);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Conversation conversationOf(Database db, int letters) {
        Conversation c = new ConversationRepository(db.jdbi()).create(new NewConversation("kompost",
                "Kompost på gården", "Hur komposterar ni i er förening?\n\nBerätta gärna!", "", List.of("trädgård"), true));
        long key = new MessageArchive(db.jdbi()).archive(new RawMessage(
                "Subject: Kompost\r\nFrom: a@example.com\r\n\r\nHej\r\n".getBytes(StandardCharsets.UTF_8))).key();
        OffsetDateTime start = OffsetDateTime.parse("2011-07-12T08:30:00+02:00");
        db.jdbi().useTransaction(h -> {
            var insert = h.prepareBatch("INSERT INTO letter (message_key, source_index, conversation_id, matched_by,"
                    + " author_name, author_address, subject, written_at, body, removed, warnings, state)"
                    + " VALUES (:key, :i, :c, 'reply_address', :name, :address, 'Sv: Kompost', :at, :body, '', '',"
                    + " 'published')");
            for (int i = 0; i < letters; i++) {
                insert.bind("key", key).bind("i", i).bind("c", c.id()).bind("name", "Skribent " + i + " Åström")
                        .bind("address", "skribent" + i + "@example.com").bind("at", start.plusMinutes(37L * i))
                        .bind("body", body(i)).add();
            }
            insert.execute();
        });
        return c;
    }

    private static String body(int i) {
        return "Hej alla! Det här är brev nummer " + i + ". Vi vänder komposten varje vår och lägger på löv"
                + " och gräsklipp i lager, så att den inte blir för blöt.\n\n"
                + "Under sommaren blir det varmt i mitten, och till hösten har vi fin jord till rabatterna."
                + " Det luktar inte om man blandar torrt och blött <och> rör om ibland.\n\n"
                + "Hälsningar från gården på Södermalm";
    }
}
