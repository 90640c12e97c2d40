package org.mail2blog.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.time.Duration;
import java.util.Optional;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

class ConnectionProblemTest {
    private static final MailboxConnection POP3 = new MailboxConnection(MailboxProtocol.POP3, "mail.example.com", 110,
            true, Duration.ofSeconds(30), Optional.empty());

    @Test
    void anUntrustedCertificateNamesTheKeyForThePemFile() {
        Exception e = new MessagingException("PKIX path building failed",
                new javax.net.ssl.SSLHandshakeException("PKIX path building failed"));
        e.getCause().initCause(new CertPathBuilderException("unable to find valid certification path"));
        assertThat(ConnectionProblem.explain(e, POP3)).startsWith("[ingest] mailbox pop3://mail.example.com:110 (STARTTLS): ")
                .contains("not trusted", "unable to find valid certification path", "mail2blog.mailbox.trusted-certificate-file");
    }

    @Test
    void aRefusedLoginNamesTheUserKeyButNotThePassword() {
        String line = ConnectionProblem.explain(new AuthenticationFailedException("[AUTH] Authentication failed."), POP3);
        assertThat(line).contains("refused the login", "mail2blog.mailbox.user", "MAIL2BLOG_MAILBOX_PASSWORD");
    }

    @Test
    void aConnectionDroppedDuringLoginIsNotCalledARefusedLogin() {
        Exception e = new AuthenticationFailedException("EOF on socket", new SocketException("Connection reset"));
        assertThat(ConnectionProblem.explain(e, POP3)).contains("dropped the connection", "mail2blog.mailbox.port")
                .doesNotContain("refused the login");
    }

    @Test
    void anUnreachableServerNamesHostAndPortKeys() {
        Exception e = new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"));
        assertThat(ConnectionProblem.explain(e, POP3)).contains("Connection refused", "mail2blog.mailbox.host");
    }

    @Test
    void aSilentServerNamesTheTimeoutKey() {
        Exception e = new MessagingException("read timed out", new SocketTimeoutException("Read timed out"));
        assertThat(ConnectionProblem.explain(e, POP3)).contains("mail2blog.mailbox.timeout-seconds");
    }

    @Test
    void theLineIsOneLineEvenForAMultiLineMessage() {
        assertThat(ConnectionProblem.explain(new MessagingException("first\nsecond"), POP3)).doesNotContain("\n")
                .contains("first");
    }
}
