package org.mail2blog.e2e.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.jsoup.Jsoup;
import org.mail2blog.testing.Dovecot;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.TestApp;

/** What the Dovecot suites share: the application's settings for one protocol, test mails, and checks. */
final class DovecotMailbox {
    static final Duration WAIT = Duration.ofSeconds(30);

    private DovecotMailbox() {
    }

    /** The application's settings for {@code protocol}, trusting the server's self-signed certificate. */
    static Map<String, String> settings(Dovecot dovecot, String protocol, boolean startTls) {
        Map<String, String> settings = new HashMap<>();
        settings.put("mail2blog.mailbox.protocol", protocol);
        settings.put("mail2blog.mailbox.starttls", Boolean.toString(startTls));
        settings.put("mail2blog.mailbox.trusted-certificate-file", dovecot.certificate().toString());
        settings.put("mail2blog.mailbox.timeout-seconds", "5");
        return settings;
    }

    static TestApp start(Path dataDir, int port, Map<String, String> settings) throws Exception {
        return TestApp.withMailbox(dataDir, port, Dovecot.USER, Dovecot.PASSWORD, settings);
    }

    /** A reply of our own writing, 8-bit UTF-8, with the given Message-ID (without brackets). */
    static byte[] reply(String messageId, String to, String fromName, String text) {
        String address = fromName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + "@example.com";
        return ("From: " + fromName + " <" + address + ">\r\n"
                + "To: " + to + "\r\n"
                + "Subject: =?UTF-8?Q?Sv:_K=C3=A4llsortering_II?=\r\n"
                + "Date: Sat, 28 Nov 2026 10:15:00 +0100\r\n"
                + "Message-ID: <" + messageId + ">\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n"
                + text + "\r\n\r\nMvh " + fromName.split(" ")[0] + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Waits for the letter from {@code fromName}, approves it through the admin API, and finds it on the page. */
    static void approveAndSeePublished(TestApp app, String fromName) {
        JsonNode letter = app.awaitQueued(fromName, WAIT);
        assertThat(app.http().post("/admin/api/queue/" + letter.get("id").asLong() + "/approve", TestApp.API_TOKEN)
                .statusCode()).isEqualTo(200);
        List<String> authors = Jsoup.parse(app.http().get("/t/kallsortering-ii").body())
                .select("article.letter .author").eachText();
        assertThat(authors).filteredOn(fromName::equals).hasSize(1);
    }

    /** The raw bytes archived for every mail with this Message-ID (one entry per stored row). */
    static List<byte[]> archived(TestApp app, String messageId) {
        return query(app, "SELECT raw FROM message WHERE message_id = ?", messageId, rs -> rs.getBytes(1));
    }

    /** How many letters came from the mail with this Message-ID. */
    static int letters(TestApp app, String messageId) {
        return query(app, "SELECT COUNT(*) FROM letter WHERE rfc_message_id = ?", messageId, rs -> rs.getInt(1)).get(0);
    }

    /** Waits until the mail with this Message-ID is archived, and returns its bytes. */
    static byte[] awaitArchived(TestApp app, String messageId) {
        return Eventually.await("mail <" + messageId + "> archived", WAIT, () -> archived(app, messageId).stream().findFirst());
    }

    /** Marks every mail in the INBOX \Seen, as a person reading it in a mail program would. */
    static void openAllAsAPerson(Dovecot dovecot) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", dovecot.imapPort(), Dovecot.USER, Dovecot.PASSWORD);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.setFlags(1, inbox.getMessageCount(), new Flags(Flags.Flag.SEEN), true);
            assertThat(inbox.getUnreadMessageCount()).isZero();
            inbox.close(false);
        } finally {
            store.close();
        }
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(TestApp app, String sql, String parameter, Column<T> column) {
        var s = app.settings();
        try (Connection c = DriverManager.getConnection(s.dbUrl(), s.dbUser(), s.dbPassword());
             PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<T> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(column.read(rs));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
