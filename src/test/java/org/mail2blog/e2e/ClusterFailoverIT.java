package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Imap;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.Ports;
import org.mail2blog.testing.Postgres;
import org.mail2blog.testing.Required;
import org.mail2blog.testing.ServiceProcess;
import org.mail2blog.testing.TestMailServer;

/**
 * The fail-over test: two instances of the service, each its own JVM from the packaged jar, on one
 * database server, one external mailbox (GreenMail) and one lock folder. The database is PostgreSQL
 * when the suite runs with {@code -Dmail2blog.test.database=postgresql}, else an H2 server this test
 * starts (in its own JVM, so killing an instance leaves the database up). Exactly one polls the
 * mailbox and sends the outbox ({@code /health} says which, and only its log has stored and sent
 * mails); when it is killed with
 * SIGKILL while mail keeps arriving, the other takes over within {@link #TAKEOVER_BOUND}, and every
 * mail becomes exactly one letter, including one the dead leader had stored but not acknowledged.
 */
@Tag("failover")
class ClusterFailoverIT {
    /** Heartbeat 1 s: Camel's file lock calls a leader dead after 5 heartbeats unchanged, then takes over. */
    private static final Duration TAKEOVER_BOUND = Duration.ofSeconds(20);
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String API_TOKEN = "cluster-test-token-0123456789";
    private static final String PROCESSED = "mail2blog-processed";
    private static final String WRITER = "nils.ekstrom@example.com";
    @TempDir
    Path lockDir;
    @TempDir
    Path logs;
    @TempDir
    Path h2Dir;
    private TestMailServer mail;
    private org.h2.tools.Server h2;
    private String dbUrl;
    private String dbUser;
    private ServiceProcess first;
    private ServiceProcess second;

    @BeforeEach
    void startTwoInstances() throws Exception {
        mail = new TestMailServer();
        openSharedDatabase();
        // One at a time on a fresh database: the first start creates the admin and the sample conversation.
        first = ServiceProcess.start(logs.resolve("a.log"), settings("a"));
        await(first, "instance a up and leading", START, first::isLeader);
        second = ServiceProcess.start(logs.resolve("b.log"), settings("b"));
        await(second, "instance b up", START, () -> second.health().isPresent());
    }

    /** Waits for {@code condition}; when it never comes, the failure shows what the instance printed. */
    private static void await(ServiceProcess instance, String what, Duration timeout,
                              java.util.function.Supplier<Boolean> condition) {
        try {
            Eventually.until(what, timeout, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the instance printed:\n" + instance.log(), e);
        }
    }

    @AfterEach
    void stopEverything() throws Exception {
        try {
            if (first != null) {
                first.close();
            }
            if (second != null) {
                second.close();
            }
        } finally {
            mail.close();
            if (h2 != null) {
                h2.stop();
            }
        }
    }

    private void openSharedDatabase() throws SQLException {
        if ("postgresql".equals(System.getProperty("mail2blog.test.database"))) {
            Required.postgres();
            dbUrl = Postgres.newDatabase();
            dbUser = Postgres.USER;
            return;
        }
        h2 = org.h2.tools.Server.createTcpServer("-tcpPort", Integer.toString(Ports.free()), "-baseDir",
                h2Dir.toString(), "-ifNotExists").start();
        dbUrl = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mail2blog";
        dbUser = "sa";
    }

    private Map<String, String> settings(String instance) {
        Map<String, String> s = new HashMap<>();
        s.put("mail2blog.db.url", dbUrl);
        s.put("mail2blog.db.user", dbUser);
        s.put("mail2blog.mailbox.host", "127.0.0.1");
        s.put("mail2blog.mailbox.port", Integer.toString(mail.imapPort()));
        s.put("mail2blog.mailbox.user", TestMailServer.BLOG);
        s.put("mail2blog.mailbox.password", TestMailServer.PASSWORD);
        s.put("mail2blog.ingest.poll-interval-seconds", "1");
        s.put("mail2blog.admin.initial-password", "correct horse battery");
        s.put("mail2blog.admin.api-token", API_TOKEN);
        s.put("mail2blog.cluster.lock-dir", lockDir.toString());
        s.put("mail2blog.cluster.instance-id", instance);
        s.put("mail2blog.cluster.heartbeat-seconds", "1");
        // Acknowledgements go out through the test's SMTP server, one per letter, looked for every second.
        s.put("mail2blog.smtp.host", "127.0.0.1");
        s.put("mail2blog.smtp.port", Integer.toString(mail.smtpPort()));
        s.put("mail2blog.smtp.security", "none");
        s.put("mail2blog.notify.acknowledgement-interval-minutes", "0");
        s.put("mail2blog.notify.outbox-poll-seconds", "1");
        return s;
    }

    @Test
    void leaderKilledWhileMailArrivesIsReplacedAndEveryMailBecomesOneLetter() throws Exception {
        Eventually.stays("exactly one leader, a", Duration.ofSeconds(3), () -> first.isLeader() && !second.isLeader());
        String to = replyAddress();
        IntStream.rangeClosed(1, 4).forEach(n -> send(n, to));
        Eventually.until("the first four mails as letters", WAIT, () -> lettersPerMail().size() == 4);
        assertThat(first.log()).contains("[ingest] stored message").contains("instance=a leads");
        assertThat(second.log()).as("the follower never polled").doesNotContain("[ingest] stored message")
                .contains("instance=b joined");
        Eventually.until("an acknowledgement for each of the four letters", WAIT, () -> acknowledgements() == 4);
        Eventually.stays("one acknowledgement per letter, not one per instance", Duration.ofSeconds(3),
                () -> acknowledgements() == 4);
        assertThat(second.log()).as("the follower never sent from the outbox").doesNotContain("[notify] sent");

        IntStream.rangeClosed(5, 6).forEach(n -> send(n, to));
        first.kill();
        long killedAt = System.nanoTime();
        IntStream.rangeClosed(7, 10).forEach(n -> send(n, to));
        await(second, "b leading after a was killed", TAKEOVER_BOUND, second::isLeader);
        Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
        System.out.println("[failover] instance b took over " + takeover.toMillis() + " ms after a was killed");
        // What a crash between the archive's commit and the mailbox acknowledgement leaves: a mail the
        // dead leader had stored, back in the inbox.
        byte[] storedByTheDeadLeader = mail.rawMessages(PROCESSED).get(0);
        mail.append("INBOX", storedByTheDeadLeader);
        IntStream.rangeClosed(11, 12).forEach(n -> send(n, to));

        Eventually.until("all twelve mails as letters and the inbox empty", WAIT,
                () -> lettersPerMail().size() == 12 && mail.count("INBOX") == 0);
        Map<String, Integer> letters = lettersPerMail();
        assertThat(letters.keySet()).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 12).mapToObj(n -> "failover-" + n + "@example.com").toList());
        assertThat(letters.values()).as("letters per Message-ID: none doubled").containsOnly(1);
        assertThat(second.log()).contains("[ingest] stored message").contains("instance=b leads")
                .contains("already handled");
        assertThat(takeover).isLessThan(TAKEOVER_BOUND);
    }

    @Test
    void anApprovalOnOneInstanceReachesThePageTheOtherHasCached() throws Exception {
        send(1, replyAddress());
        long letter = Eventually.await("the mail as a pending letter", WAIT, () -> letterId("failover-1@example.com"));
        String page = "/t/kallsortering-ii";
        assertThat(second.http().get(page).body()).doesNotContain("Brev nummer 1");
        assertThat(second.http().get(page).body()).as("served from b's page cache").doesNotContain("Brev nummer 1");

        assertThat(first.http().post("/admin/api/queue/" + letter + "/approve", API_TOKEN).statusCode()).isEqualTo(200);

        assertThat(first.http().get(page).body()).contains("Brev nummer 1");
        long approvedAt = System.nanoTime();
        Eventually.until("the approved letter on b's page", Duration.ofSeconds(5),
                () -> second.http().get(page).body().contains("Brev nummer 1"));
        System.out.println("[failover] b's cached page showed a's approval after "
                + Duration.ofNanos(System.nanoTime() - approvedAt).toMillis() + " ms");
    }

    private int acknowledgements() {
        return Imap.inbox(mail.imapPort(), WRITER, WRITER).size();
    }

    private void send(int n, String to) {
        String raw = new String(Mails.fixture("e2e/failover-reply.eml", to), StandardCharsets.UTF_8)
                .replace("${n}", Integer.toString(n));
        Mails.send(mail.smtpPort(), raw.getBytes(StandardCharsets.UTF_8), TestMailServer.BLOG);
    }

    /** The sample conversation's reply address, read from the shared database. */
    private String replyAddress() throws SQLException {
        return query("SELECT reply_token FROM conversation WHERE slug = 'kallsortering-ii'", rs -> {
            if (!rs.next()) {
                throw new AssertionError("the first instance did not create the sample conversation");
            }
            return new ReplyAddress(TestMailServer.BLOG).forToken(rs.getString(1));
        });
    }

    private Optional<Long> letterId(String messageId) {
        try {
            return query("SELECT l.id FROM letter l JOIN message m ON l.message_key = m.id WHERE m.message_id = '"
                    + messageId + "'", rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty());
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** How many letters each of this test's mails became, by Message-ID. */
    private Map<String, Integer> lettersPerMail() {
        try {
            return query("SELECT m.message_id, COUNT(l.id) FROM letter l JOIN message m ON l.message_key = m.id"
                    + " WHERE m.message_id LIKE 'failover-%' GROUP BY m.message_id", rs -> {
                Map<String, Integer> counts = new LinkedHashMap<>();
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
                return counts;
            });
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private <T> T query(String sql, ResultReader<T> reader) throws SQLException {
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, "");
             PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            return reader.read(rs);
        }
    }

    private interface ResultReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
