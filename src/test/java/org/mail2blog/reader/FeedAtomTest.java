package org.mail2blog.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.app.Views;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LatestLetterRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.support.Texts;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestLetters;
import org.w3c.dom.Document;

/** The rendered feeds, read back by a real feed parser (ROME) and an XML parser. */
class FeedAtomTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final String BASE = "https://blogg.example.com";
    private final Database db = TestDatabase.open();
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final TestLetters letters = new TestLetters(db);
    private final Conversation kompost = conversations.create(
            new NewConversation("kompost", "Kompost & maskar <på> balkongen", "Hur gör ni?", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    private String render(boolean isSite) throws Exception {
        Texts texts = Texts.load(TEMPLATES, Locale.forLanguageTag("sv"));
        Feeds feeds = new Feeds(conversations, new LatestLetterRepository(db.jdbi()), texts, BASE);
        Feed feed = isSite ? feeds.site() : feeds.conversation("kompost").orElseThrow();
        return new Views(TEMPLATES, texts).render("feed/atom.ftlx", feed);
    }

    private static com.rometools.rome.feed.atom.Feed parse(String xml) throws Exception {
        WireFeedInput input = new WireFeedInput(true, Locale.ROOT);
        return (com.rometools.rome.feed.atom.Feed) input.build(new StringReader(xml));
    }

    private static String href(List<Link> links, String rel) {
        return links.stream().filter(l -> rel.equals(l.getRel())).map(Link::getHref).findFirst().orElseThrow();
    }

    private long twoLetters() {
        letters.published(kompost.id(), "Nils Nilsson", "2011-07-12T10:00:00+02:00", "Första brevet.");
        return letters.published(kompost.id(), "Åsa Öberg", "2011-07-13T10:00:00+02:00",
                "Jag använder bokashi <script>alert(1)</script> & jord.\nRad två.\n\nNytt stycke.");
    }

    @Test
    void siteFeedParsesAsAtomWithIdsLinksAndDates() throws Exception {
        long id = twoLetters();
        com.rometools.rome.feed.atom.Feed feed = parse(render(true));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isEqualTo(BASE + "/");
        assertThat(href(feed.getOtherLinks(), "self")).isEqualTo(BASE + "/feed.atom");
        assertThat(href(feed.getAlternateLinks(), "alternate")).isEqualTo(BASE + "/");
        assertThat(feed.getAuthors()).extracting(a -> a.getName()).containsExactly("mail2blog");
        List<Entry> entries = feed.getEntries();
        assertThat(entries).hasSize(2);
        Entry first = entries.get(0);
        assertThat(first.getId()).matches("tag:blogg\\.example\\.com,\\d{4}-\\d{2}-\\d{2}:letter-" + id);
        assertThat(first.getTitle()).isEqualTo("Åsa Öberg i Kompost & maskar <på> balkongen");
        assertThat(href(first.getAlternateLinks(), "alternate")).isEqualTo(BASE + "/t/kompost#letter-" + id);
        assertThat(first.getPublished().toInstant()).hasToString("2011-07-13T08:00:00Z");
        assertThat(feed.getUpdated()).isEqualTo(entries.stream().map(Entry::getUpdated).max(java.util.Date::compareTo).orElseThrow());
    }

    @Test
    void letterContentIsEscapedHtmlOfTheParagraphs() throws Exception {
        twoLetters();
        Content content = parse(render(true)).getEntries().get(0).getContents().get(0);
        assertThat(content.getType()).isEqualTo("html");
        assertThat(content.getValue()).isEqualTo("<p>Jag använder bokashi &lt;script&gt;alert(1)&lt;/script&gt; &amp; jord.<br>\n"
                + "Rad två.</p>\n<p>Nytt stycke.</p>\n");
    }

    @Test
    void conversationFeedParsesWithItsOwnLinks() throws Exception {
        twoLetters();
        com.rometools.rome.feed.atom.Feed feed = parse(render(false));
        assertThat(feed.getId()).startsWith("tag:blogg.example.com,").endsWith(":conversation-" + kompost.id());
        assertThat(feed.getTitleEx().getValue()).isEqualTo("Kompost & maskar <på> balkongen");
        assertThat(href(feed.getOtherLinks(), "self")).isEqualTo(BASE + "/t/kompost/feed.atom");
        assertThat(href(feed.getAlternateLinks(), "alternate")).isEqualTo(BASE + "/t/kompost");
        assertThat(feed.getEntries()).extracting(Entry::getTitle)
                .containsExactly("Åsa Öberg i Kompost & maskar <på> balkongen", "Nils Nilsson i Kompost & maskar <på> balkongen");
    }

    @Test
    void feedsAreWellFormedNamespacedXml() throws Exception {
        twoLetters();
        for (boolean isSite : new boolean[] {true, false}) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(render(isSite).getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
        }
    }

    @Test
    void feedsShowNoAddress() throws Exception {
        twoLetters();
        assertThat(render(true)).doesNotContain("@");
        assertThat(render(false)).doesNotContain("@");
    }

    @Test
    void emptyFeedsStillParse() throws Exception {
        assertThat(parse(render(true)).getEntries()).isEmpty();
        assertThat(parse(render(false)).getUpdated()).isNotNull();
    }
}
