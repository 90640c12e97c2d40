package org.mail2blog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.mime.MimeParser;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestQueues;
import org.mail2blog.trim.ReplyTrimmer;

class ImporterTest {
    private final Database db = TestDatabase.open();
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final ModerationQueue queue = TestQueues.moderationQueue(db, List.of("karin@example.com"));
    private final Importer importer = new Importer(new ImportSteps(new MessageArchive(db.jdbi()), new MimeParser(),
            new ReplyTrimmer(), queue), conversations, db.jdbi());

    @AfterEach
    void close() {
        db.close();
    }

    private static String mail(String id, String from, String date, String body) {
        return "From x@example.com Mon Jul 11 09:14:00 2011\n"
                + "Message-ID: <" + id + "@example.com>\nFrom: " + from + "\nTo: roger@example.com\n"
                + "Subject: =?UTF-8?Q?Sv=3A_K=C3=A4llsortering?=\nDate: " + date + "\n"
                + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
                + body + "\n\n";
    }

    private static final String MBOX = mail("b", "=?UTF-8?Q?Roger_Lind?= <roger.lind@example.com>",
            "Mon, 11 Jul 2011 21:40:00 +0200", "Tack för brevet, Lena!\n\nMvh Roger\n\nDen 11 juli 2011 skrev Lena Ek:\n> Hej Roger!")
            + mail("a", "\"Lena Ek\" <lena.ek@example.com>", "Mon, 11 Jul 2011 09:14:00 +0200",
            "Hej Roger!\n\nPantburkarna står i förrådet.\n\nHälsningar Lena")
            + "From x@example.com Mon Jul 11 23:00:00 2011\nSubject: utan avsändare\n\nVem skrev detta?\n";

    private ImportResult importMbox(ImportTarget target) throws IOException {
        try (MailSource source = new MboxSource(new ByteArrayInputStream(MBOX.getBytes(StandardCharsets.UTF_8)))) {
            return importer.run(source, "test.mbox", target, (counts, read, size) -> { });
        }
    }

    private List<Map<String, Object>> letters() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT author_name, state, matched_by, conversation_id"
                + " FROM letter ORDER BY written_at").mapToMap().list());
    }

    private List<String> strings(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    private int count(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void filesEachMailAsAPublishedLetterOfANewDraftConversationUnderItsAuthorAndDate() throws IOException {
        ImportResult result = importMbox(ImportTarget.created("Pantburkarna", false, "cli:karin"));

        assertThat(result.counts().summary()).startsWith("imported 2, duplicates 0, quarantined 1 (3 messages in ");
        Conversation conversation = result.conversation().orElseThrow();
        assertThat(conversation.isPublished()).isFalse();
        assertThat(conversation.slug()).isEqualTo("pantburkarna");
        assertThat(letters()).extracting(l -> l.get("author_name"), l -> l.get("state"), l -> l.get("matched_by"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lena Ek", "published", "IMPORTED"),
                        org.assertj.core.groups.Tuple.tuple("Roger Lind", "published", "IMPORTED"));
        assertThat(strings("SELECT body FROM letter ORDER BY written_at")).containsExactly(
                "Hej Roger!\n\nPantburkarna står i förrådet.\n\nHälsningar Lena", "Tack för brevet, Lena!\n\nMvh Roger");
        List<OffsetDateTime> dates = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT written_at FROM letter ORDER BY written_at").mapTo(OffsetDateTime.class).list());
        assertThat(dates).extracting(OffsetDateTime::toInstant).containsExactly(
                OffsetDateTime.parse("2011-07-11T09:14:00+02:00").toInstant(),
                OffsetDateTime.parse("2011-07-11T21:40:00+02:00").toInstant());
    }

    @Test
    void importingTheSameMailsAgainFilesNothingAndCreatesNoConversation() throws IOException {
        importMbox(ImportTarget.created("Pantburkarna", false, "cli:karin"));
        int conversationsBefore = conversations.count();

        ImportResult again = importMbox(ImportTarget.created("Pantburkarna", false, "cli:karin"));

        assertThat(again.counts().summary()).startsWith("imported 0, duplicates 3, quarantined 0 (3 messages in ");
        assertThat(again.conversation()).isEmpty();
        assertThat(conversations.count()).isEqualTo(conversationsBefore);
        assertThat(letters()).hasSize(2);
    }

    @Test
    void quarantinesAMailThatCannotBeReadWithItsReason() throws IOException {
        importMbox(ImportTarget.created("Pantburkarna", false, "cli:karin"));

        assertThat(strings("SELECT reason FROM message WHERE state = 'quarantined'")).containsExactly("NO_SENDER");
    }

    @Test
    void queuesTheLettersAsPendingIntoAnExistingConversationAndMailsNobody() throws IOException {
        Conversation existing = conversations.create(new NewConversation("kompost", "Kompost", "Intro", "",
                List.of(), true));

        importMbox(ImportTarget.existing("kompost", true, "cli:karin"));

        assertThat(letters()).extracting(l -> l.get("state")).containsOnly("pending");
        assertThat(letters()).extracting(l -> ((Number) l.get("conversation_id")).longValue())
                .containsOnly(existing.id());
        assertThat(count("outbox")).isZero();
    }

    @Test
    void approvingAQueuedImportedLetterLaterTellsNobodyAndMakesNoFollower() throws IOException {
        conversations.create(new NewConversation("kompost", "Kompost", "Intro", "", List.of(), true));
        importMbox(ImportTarget.existing("kompost", true, "cli:karin"));
        long letter = queue.listPending().get(0).id();

        queue.decisions().approve(letter, false, "karin");

        assertThat(count("outbox")).isZero();
        assertThat(count("follower")).isZero();
    }

    @Test
    void recordsTheImportInTheAuditLog() throws IOException {
        importMbox(ImportTarget.created("Pantburkarna", false, "cli:karin"));

        List<String> entries = strings("SELECT action || ' ' || target || ': ' || detail"
                + " FROM audit_entry WHERE actor = 'cli:karin' ORDER BY id");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).startsWith("create conversation pantburkarna");
        assertThat(entries.get(1)).startsWith("import conversation pantburkarna: imported 2, duplicates 0, quarantined 1");
    }

    @Test
    void refusesAnUnknownConversationBeforeReadingAnyMail() throws ImportRefused {
        assertThatThrownBy(() -> importMbox(ImportTarget.existing("finns-inte", false, "cli:karin")))
                .isInstanceOf(ImportRefused.class).hasMessageContaining("no conversation has the slug 'finns-inte'");
        assertThat(count("message")).isZero();
        assertThat(importer.checkTarget(ImportTarget.created("Ny", false, "x"))).isEqualTo(Optional.empty());
    }
}
