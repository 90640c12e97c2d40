package org.mail2blog.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLSocketFactory;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.testing.Dovecot;
import org.mail2blog.testing.Required;

/** TLS towards a real Dovecot with a self-signed certificate: trusted through its PEM, refused without it. */
class MailboxTlsTest {
    @TempDir
    static Path dir;
    private static Dovecot dovecot;

    @BeforeAll
    static void start() throws Exception {
        Required.dovecot();
        dovecot = Dovecot.start(dir.resolve("dovecot"));
    }

    @AfterAll
    static void stop() {
        if (dovecot != null) {
            dovecot.close();
        }
    }

    @Test
    void imapsWithTheServersPemLogsIn() throws Exception {
        login(connection(MailboxProtocol.IMAPS, dovecot.imapsPort(), false, trusted()));
    }

    @Test
    void pop3sWithTheServersPemLogsIn() throws Exception {
        login(connection(MailboxProtocol.POP3S, dovecot.pop3sPort(), false, trusted()));
    }

    @Test
    void imapStartTlsWithTheServersPemLogsIn() throws Exception {
        login(connection(MailboxProtocol.IMAP, dovecot.imapPort(), true, trusted()));
    }

    @Test
    void pop3StartTlsWithTheServersPemLogsIn() throws Exception {
        login(connection(MailboxProtocol.POP3, dovecot.pop3Port(), true, trusted()));
    }

    @Test
    void imapsWithTheSystemTrustStoreRefusesTheSelfSignedServerAndSaysWhichKeyToSet() {
        MailboxConnection c = connection(MailboxProtocol.IMAPS, dovecot.imapsPort(), false, Optional.empty());
        Throwable failure = catchThrowable(() -> login(c));
        assertThat(failure).isInstanceOf(MessagingException.class);
        assertThat(ConnectionProblem.explain(failure, c))
                .contains("not trusted", "mail2blog.mailbox.trusted-certificate-file", "imaps://127.0.0.1:")
                .doesNotContain("\n");
    }

    @Test
    void startTlsWithTheSystemTrustStoreRefusesTheSelfSignedServer() {
        MailboxConnection c = connection(MailboxProtocol.POP3, dovecot.pop3Port(), true, Optional.empty());
        assertThat(ConnectionProblem.explain(catchThrowable(() -> login(c)), c)).contains("not trusted");
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
        Path other = dir.resolve("other.pem");
        Dovecot.selfSignedCertificate("mail.example.net", dir.resolve("other-key.pem"), other);
        try (Dovecot wrongName = Dovecot.start(dir.resolve("wrong-name"), """
                ssl_cert = <%s
                ssl_key = <%s
                """.formatted(other, dir.resolve("other-key.pem")))) {
            MailboxConnection c = connection(MailboxProtocol.IMAPS, wrongName.imapsPort(), false,
                    Optional.of(TrustedCertificates.socketFactory(other)));
            Throwable failure = catchThrowable(() -> login(c));
            assertThat(failure).isInstanceOf(MessagingException.class);
            assertThat(ConnectionProblem.explain(failure, c)).contains("not trusted for this host", "mail2blog.mailbox.host");
        }
    }

    @Test
    void startTlsRequiredRefusesAServerThatDoesNotOfferIt() throws Exception {
        try (Dovecot plain = Dovecot.start(dir.resolve("plain"), "ssl = no\n")) {
            MailboxConnection c = connection(MailboxProtocol.IMAP, plain.imapPort(), true, trusted());
            Throwable failure = catchThrowable(() -> login(c));
            assertThat(failure).isInstanceOf(MessagingException.class);
            assertThat(ConnectionProblem.explain(failure, c)).contains("STARTTLS");
        }
    }

    @Test
    void aFileWithoutCertificatesIsRefusedNamingTheFile() throws Exception {
        Path empty = java.nio.file.Files.writeString(dir.resolve("empty.pem"), "not a certificate\n");
        assertThatThrownBy(() -> TrustedCertificates.socketFactory(empty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty.pem");
    }

    private static Optional<SSLSocketFactory> trusted() {
        return Optional.of(TrustedCertificates.socketFactory(dovecot.certificate()));
    }

    private static MailboxConnection connection(MailboxProtocol p, int port, boolean startTls,
                                                Optional<SSLSocketFactory> trust) {
        return new MailboxConnection(p, "127.0.0.1", port, startTls, Duration.ofSeconds(5), trust);
    }

    private static void login(MailboxConnection c) throws MessagingException {
        Store store = Session.getInstance(c.javaMailProperties()).getStore(c.protocol().javaMailName());
        store.connect(c.host(), c.port(), Dovecot.USER, Dovecot.PASSWORD);
        try {
            assertThat(List.of(store.getDefaultFolder().list()).size()).isGreaterThanOrEqualTo(0);
        } finally {
            store.close();
        }
    }
}
