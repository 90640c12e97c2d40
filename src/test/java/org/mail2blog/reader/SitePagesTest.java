package org.mail2blog.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.LatestLetterRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.support.Texts;
import org.mail2blog.testing.TestDatabase;

class SitePagesTest {
    private final Database db = TestDatabase.open();
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());

    private List<SitePage> pages() throws Exception {
        ReaderPages reader = new ReaderPages(conversations, new LetterRepository(db.jdbi()),
                new ReplyAddress("blog@example.com"), texts(),
                ZoneId.of("Europe/Stockholm"));
        Feeds feeds = new Feeds(conversations, new LatestLetterRepository(db.jdbi()), texts(), "http://blog.example.com");
        return new SitePages(reader, feeds).list();
    }

    private static Texts texts() throws Exception {
        return Texts.load(Path.of("templates"), Locale.forLanguageTag("sv"));
    }

    private void conversation(String slug, String title, boolean published) {
        conversations.create(new NewConversation(slug, title, "Intro", "", List.of("Trädgård"), published));
    }

    @Test
    void plansTheFrontPageTheNotFoundPageTheFeedsAndEachPublishedConversation() throws Exception {
        conversation("kompost", "Kompost", true);
        conversation("utkast", "Utkast", false);
        conversation("cykel", "Cykeln på gården", true);

        assertThat(pages()).extracting(SitePage::path).containsExactlyInAnyOrder(
                "index.html", "404.html", "feed.atom", "t/kompost/index.html", "t/kompost/feed.atom",
                "t/cykel/index.html", "t/cykel/feed.atom", "labels/Trädgård/index.html");
    }

    @Test
    void rendersEachPageWithTheTemplateOfTheLivePage() throws Exception {
        conversation("kompost", "Kompost", true);

        assertThat(pages()).extracting(SitePage::path, SitePage::template).containsExactly(
                tuple("index.html", "reader/index.ftlh"),
                tuple("404.html", "reader/not-found.ftlh"),
                tuple("feed.atom", "feed/atom.ftlx"),
                tuple("t/kompost/index.html", "reader/conversation.ftlh"),
                tuple("t/kompost/feed.atom", "feed/atom.ftlx"),
                tuple("labels/Trädgård/index.html", "reader/label.ftlh"));
        assertThat(pages().get(3).model()).isInstanceOfSatisfying(ConversationPage.class,
                page -> assertThat(page.title()).isEqualTo("Kompost"));
    }
}
