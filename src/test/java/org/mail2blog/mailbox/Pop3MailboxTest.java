package org.mail2blog.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.mail.PasswordAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.app.Database;
import org.mail2blog.ingest.Archived;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.testing.Dovecot;
import org.mail2blog.testing.Required;
import org.mail2blog.testing.TestDatabase;

/** The POP3 poller against a real Dovecot and a real database. */
class Pop3MailboxTest {
    @TempDir
    Path dir;
    private Dovecot dovecot;
    private Database db;
    private MessageArchive archive;
    private Pop3Uidls uidls;

    @BeforeEach
    void start() throws Exception {
        Required.dovecot();
        dovecot = Dovecot.start(dir);
        db = TestDatabase.open();
        archive = new MessageArchive(db.jdbi());
        uidls = new Pop3Uidls(db.jdbi(), Dovecot.USER + "@127.0.0.1");
    }

    @AfterEach
    void stop() {
        if (dovecot != null) {
            dovecot.close();
            db.close();
        }
    }

    @Test
    void fetchesEachNewMailWithTheExactBytesDelivered() throws Exception {
        byte[] first = mail("pop-1", "Hej från Åsa");
        byte[] second = mail("pop-2", "Hello from Bo");
        dovecot.deliver(first);
        dovecot.deliver(second);
        List<Pop3Mail> fetched = poller(false).fetchNew();
        assertThat(fetched).extracting(m -> m.raw().bytes()).containsExactly(first, second);
        assertThat(fetched).extracting(Pop3Mail::uidl).doesNotHaveDuplicates().doesNotContainNull();
    }

    @Test
    void aStoredAndHandledMailIsNotFetchedAgainAndStaysOnTheServer() throws Exception {
        dovecot.deliver(mail("pop-3", "Vi ses på gården"));
        Pop3Mailbox poller = poller(false);
        storeAndHandle(poller, poller.fetchNew().get(0));
        dovecot.deliver(mail("pop-4", "Ännu ett brev"));
        assertThat(poller.fetchNew()).extracting(m -> messageId(m)).containsExactly("pop-4@example.com");
        assertThat(serverCount()).isEqualTo(2);
    }

    @Test
    void aMailStoredButNotYetHandledIsFetchedAgain() throws Exception {
        dovecot.deliver(mail("pop-5", "Kraschen kom emellan"));
        Pop3Mailbox poller = poller(true);
        Pop3Mail mail = poller.fetchNew().get(0);
        poller.remember(mail.uidl(), archive.archive(mail.raw()).key());
        assertThat(poller.fetchNew()).extracting(Pop3Mail::uidl).containsExactly(mail.uidl());
        assertThat(serverCount()).isEqualTo(1);
    }

    @Test
    void deletesFromTheServerOnlyTheMailsThatAreStored() throws Exception {
        dovecot.deliver(mail("pop-6", "Stored first"));
        Pop3Mailbox poller = poller(true);
        storeAndHandle(poller, poller.fetchNew().get(0));
        dovecot.deliver(mail("pop-7", "Not stored yet"));
        List<Pop3Mail> next = poller.fetchNew();
        assertThat(next).extracting(m -> messageId(m)).containsExactly("pop-7@example.com");
        assertThat(serverCount()).isEqualTo(1);
    }

    @Test
    void fetchesAtMostTheConfiguredNumberPerPoll() throws Exception {
        for (int i = 0; i < 3; i++) {
            dovecot.deliver(mail("pop-limit-" + i, "Brev " + i));
        }
        Pop3Mailbox poller = new Pop3Mailbox(new Pop3Mailbox.Options(connection(), false, 2), this::login, uidls);
        assertThat(poller.fetchNew()).hasSize(2);
    }

    private void storeAndHandle(Pop3Mailbox poller, Pop3Mail mail) {
        Archived stored = archive.archive(mail.raw());
        poller.remember(mail.uidl(), stored.key());
        archive.ignore(stored.key(), "TEST", "handled by the test");
    }

    private Pop3Mailbox poller(boolean delete) {
        return new Pop3Mailbox(new Pop3Mailbox.Options(connection(), delete, 50), this::login, uidls);
    }

    private MailboxConnection connection() {
        return new MailboxConnection(MailboxProtocol.POP3S, "127.0.0.1", dovecot.pop3sPort(), false,
                Duration.ofSeconds(10), Optional.of(TrustedCertificates.socketFactory(dovecot.certificate())));
    }

    private PasswordAuthentication login() {
        return new PasswordAuthentication(Dovecot.USER, Dovecot.PASSWORD);
    }

    /** How many mails the server holds, as a mail client sees it. */
    private int serverCount() throws Exception {
        MailboxConnection c = connection();
        jakarta.mail.Store store = jakarta.mail.Session.getInstance(c.javaMailProperties()).getStore("pop3s");
        store.connect(c.host(), c.port(), Dovecot.USER, Dovecot.PASSWORD);
        try {
            jakarta.mail.Folder inbox = store.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_ONLY);
            int n = inbox.getMessageCount();
            inbox.close(false);
            return n;
        } finally {
            store.close();
        }
    }

    private static String messageId(Pop3Mail mail) {
        String text = new String(mail.raw().bytes(), StandardCharsets.UTF_8);
        return text.replaceAll("(?s).*Message-ID: <([^>]+)>.*", "$1");
    }

    private static byte[] mail(String id, String text) {
        return ("Message-ID: <" + id + "@example.com>\r\nFrom: \"Åsa Öberg\" <asa@example.com>\r\n"
                + "To: blog@example.com\r\nSubject: =?UTF-8?Q?Sv=3A_K=C3=A4llsortering?=\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + text + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
