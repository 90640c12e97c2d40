package org.mail2blog.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import javax.net.ssl.SSLSocketFactory;

import org.junit.jupiter.api.Test;

class MailboxConnectionTest {
    @Test
    void startTlsIsRequiredNotJustOfferedForImapAndPop3() {
        for (MailboxProtocol p : new MailboxProtocol[] {MailboxProtocol.IMAP, MailboxProtocol.POP3}) {
            Properties props = connection(p, true, Optional.empty()).javaMailProperties();
            String prefix = "mail." + p.javaMailName() + ".";
            assertThat(props).containsEntry(prefix + "starttls.enable", "true")
                    .containsEntry(prefix + "starttls.required", "true");
        }
    }

    @Test
    void timeoutsAndHostNameCheckingApplyToEveryProtocol() {
        for (MailboxProtocol p : MailboxProtocol.values()) {
            Properties props = connection(p, false, Optional.empty()).javaMailProperties();
            String prefix = "mail." + p.javaMailName() + ".";
            assertThat(props).containsEntry(prefix + "connectiontimeout", "7000").containsEntry(prefix + "timeout", "7000")
                    .containsEntry(prefix + "writetimeout", "7000").containsEntry(prefix + "ssl.checkserveridentity", "true")
                    .doesNotContainKey(prefix + "starttls.enable");
        }
    }

    @Test
    void configuredTrustReplacesTheSystemTrustStoreOnlyWhenGiven() {
        SSLSocketFactory factory = (SSLSocketFactory) SSLSocketFactory.getDefault();
        assertThat(connection(MailboxProtocol.IMAPS, false, Optional.of(factory)).javaMailProperties())
                .containsEntry("mail.imaps.ssl.socketFactory", factory);
        assertThat(connection(MailboxProtocol.IMAPS, false, Optional.empty()).javaMailProperties())
                .doesNotContainKey("mail.imaps.ssl.socketFactory");
    }

    @Test
    void startTlsOnAnImplicitTlsProtocolIsRefused() {
        assertThatThrownBy(() -> connection(MailboxProtocol.POP3S, true, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pop3s");
    }

    @Test
    void defaultPortsAreTheWellKnownOnes() {
        assertThat(MailboxProtocol.find("imap")).hasValueSatisfying(p -> assertThat(p.defaultPort()).isEqualTo(143));
        assertThat(MailboxProtocol.find("imaps")).hasValueSatisfying(p -> assertThat(p.defaultPort()).isEqualTo(993));
        assertThat(MailboxProtocol.find("pop3")).hasValueSatisfying(p -> assertThat(p.defaultPort()).isEqualTo(110));
        assertThat(MailboxProtocol.find("pop3s")).hasValueSatisfying(p -> assertThat(p.defaultPort()).isEqualTo(995));
        assertThat(MailboxProtocol.find("smtp")).isEmpty();
    }

    private static MailboxConnection connection(MailboxProtocol p, boolean startTls, Optional<SSLSocketFactory> trust) {
        return new MailboxConnection(p, "mail.example.com", p.defaultPort(), startTls, Duration.ofSeconds(7), trust);
    }
}
