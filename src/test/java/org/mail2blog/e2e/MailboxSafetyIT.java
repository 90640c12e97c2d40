package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.app.Database;
import org.mail2blog.ingest.Archived;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.TestApp;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestMailServer;

/**
 * Nothing is lost and nothing is doubled, against a mail server that outlives the application: a
 * mail stored but never acknowledged is read again and ends up stored, queued and published once;
 * a mail's own headers cannot move or delete it.
 */
class MailboxSafetyIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PROCESSED = "mail2blog-processed";
    private static final String MESSAGE_ID = "e2e-swedish-reply-1@example.com";
    @TempDir
    Path dataDir;
    private final TestMailServer mail = new TestMailServer();

    @AfterEach
    void stopMail() {
        mail.close();
    }

    @Test
    void mailStoredButNeverAcknowledgedIsStoredQueuedAndPublishedOnce() throws Exception {
        String replyAddress;
        try (TestApp first = start()) {
            replyAddress = first.sampleReplyAddress();
        }
        Mails.send(mail.smtpPort(), Mails.fixture("e2e/swedish-reply.eml", replyAddress), TestMailServer.BLOG);
        byte[] delivered = mail.rawMessages("INBOX").get(0);
        // The state a crash leaves between the archive's commit and the mailbox acknowledgement:
        // the raw mail is committed, nothing else happened, and the mail is still in the inbox.
        try (Database db = Database.open(dbUrl(), TestDatabase.user(), TestDatabase.password())) {
            Archived archived = new MessageArchive(db.jdbi()).archive(new RawMessage(delivered));
            assertThat(archived.state()).isEqualTo(Archived.State.RECEIVED);
        }

        try (TestApp app = start()) {
            Eventually.until("the inbox to be emptied", WAIT, () -> mail.count("INBOX") == 0);
            assertThat(count("SELECT COUNT(*) FROM message WHERE message_id = ?")).isEqualTo(1);
            assertThat(count(LETTERS)).isEqualTo(1);

            // The acknowledgement is undone (as when the move failed after the commit): the same mail
            // is back in the inbox and is read once more.
            mail.append("INBOX", delivered);
            Eventually.until("the inbox to be emptied again", WAIT, () -> mail.count("INBOX") == 0);
            assertThat(count("SELECT COUNT(*) FROM message WHERE message_id = ?")).isEqualTo(1);
            assertThat(count(LETTERS)).isEqualTo(1);

            long letter = letterId();
            assertThat(app.http().post("/admin/api/queue/" + letter + "/approve", TestApp.API_TOKEN).statusCode())
                    .isEqualTo(200);
            assertThat(app.http().post("/admin/api/queue/" + letter + "/approve", TestApp.API_TOKEN).statusCode())
                    .isEqualTo(409);
        }
        try (TestApp again = start()) {
            List<String> authors = Jsoup.parse(again.http().get("/t/kallsortering-ii").body())
                    .select("article.letter .author").eachText();
            assertThat(authors).filteredOn("Åsa Öberg"::equals).hasSize(1);
            assertThat(count(LETTERS + " AND state = 'published'")).isEqualTo(1);
        }
    }

    @Test
    void headersInTheMailCannotMoveOrDeleteIt() throws Exception {
        try (TestApp app = start()) {
            String to = app.sampleReplyAddress();
            Mails.send(mail.smtpPort(), Mails.fixture("e2e/header-steering.eml", to), TestMailServer.BLOG);
            Eventually.until("the mail in the processed folder", WAIT, () -> mail.count(PROCESSED) == 1);
            assertThat(mail.count("INBOX")).isZero();
            assertThat(List.of("Hacked", "Hacked2", "Hacked3")).noneMatch(mail::hasFolder);
        }
    }

    @Test
    void mailAPersonAlreadyOpenedIsStillRead() throws Exception {
        try (TestApp app = start()) {
            String to = app.sampleReplyAddress();
            mail.append("INBOX", Mails.fixture("e2e/swedish-reply.eml", to));
            mail.markAllSeen("INBOX");
            Eventually.until("the opened mail to be stored", WAIT,
                    () -> count("SELECT COUNT(*) FROM message WHERE message_id = ?") == 1);
        }
    }

    private TestApp start() throws Exception {
        return TestApp.withMailbox(dataDir, mail.imapPort(), TestMailServer.BLOG, TestMailServer.PASSWORD);
    }

    private static final String LETTERS = "SELECT COUNT(*) FROM letter WHERE rfc_message_id = ?";

    private String dbUrl() {
        return TestDatabase.url(dataDir);
    }

    private long letterId() throws SQLException {
        return query("SELECT id FROM letter WHERE rfc_message_id = ?");
    }

    private int count(String sql) {
        try {
            return (int) query(sql);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private long query(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(dbUrl());
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, MESSAGE_ID);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getLong(1);
            }
        }
    }
}
