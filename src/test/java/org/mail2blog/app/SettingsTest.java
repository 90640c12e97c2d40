package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private static final Path FILE = Path.of("config", "application.properties");

    private static Properties props(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.put(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Nested
    class Defaults {
        @Test
        void shippedFileIsValidAndRunsOnEmbeddedDefaults() throws InvalidSettings {
            Settings s = Settings.load(FILE, Map.of(), new Properties());
            assertThat(s.isEmbeddedMail()).isTrue();
            assertThat(s.webHost()).isEqualTo("127.0.0.1");
            assertThat(s.webPort()).isEqualTo(8080);
            assertThat(s.embeddedSmtpPort()).isEqualTo(2525);
            assertThat(s.mailboxPort()).isEqualTo(3143);
            assertThat(s.mailboxUser()).isEqualTo("blog@localhost");
            assertThat(s.baseUrl()).isEqualTo("http://127.0.0.1:8080");
            assertThat(s.apiToken()).isEmpty();
        }
    }

    @Nested
    class Overrides {
        @Test
        void environmentVariableNamedTheCamelWayOverridesTheFile() throws InvalidSettings {
            Settings s = Settings.load(FILE, Map.of("MAIL2BLOG_WEB_PORT", "9090"), new Properties());
            assertThat(s.webPort()).isEqualTo(9090);
        }

        @Test
        void systemPropertyOverridesTheEnvironment() throws InvalidSettings {
            Settings s = Settings.load(FILE, Map.of("MAIL2BLOG_WEB_PORT", "9090"), props("mail2blog.web.port", "9191"));
            assertThat(s.webPort()).isEqualTo(9191);
        }

        @Test
        void dashesInKeysBecomeUnderscores() {
            assertThat(Settings.envName("mail2blog.ingest.poll-interval-seconds"))
                    .isEqualTo("MAIL2BLOG_INGEST_POLL_INTERVAL_SECONDS");
        }

        @Test
        void realMailboxTurnsTheEmbeddedServerOff() throws InvalidSettings {
            Settings s = Settings.load(FILE, Map.of("MAIL2BLOG_MAILBOX_PASSWORD", "secret"),
                    props("mail2blog.mailbox.host", "imap.example.com", "mail2blog.mailbox.protocol", "imaps"));
            assertThat(s.isEmbeddedMail()).isFalse();
            assertThat(s.mailboxPort()).isEqualTo(993);
            assertThat(s.mailboxPassword()).isEqualTo("secret");
        }

        @Test
        void pop3sReadsItsOwnDefaultPortAndTurnsTheImapRouteOff() throws InvalidSettings {
            Settings s = Settings.load(FILE, Map.of("MAIL2BLOG_MAILBOX_PASSWORD", "secret"),
                    props("mail2blog.mailbox.host", "pop.example.com", "mail2blog.mailbox.protocol", "pop3s"));
            assertThat(s.mailboxPort()).isEqualTo(995);
            assertThat(s.isPop3Mailbox()).isTrue();
            assertThat(s.camelProperties()).containsEntry("mail2blog.mailbox.pop3-route-enabled", "true")
                    .containsEntry("mail2blog.mailbox.imap-route-enabled", "false")
                    .containsEntry("mail2blog.mailbox.imap-protocol", "imap");
        }
    }

    @Nested
    class Problems {
        @Test
        void everyProblemIsReportedOnceWithItsKey() {
            InvalidSettings e = catchThrowableOfType(InvalidSettings.class, () -> Settings.load(FILE, Map.of(),
                    props("mail2blog.web.port", "eighty", "mail2blog.blog.language", "xx",
                            "mail2blog.ingest.poll-interval-seconds", "0")));
            assertThat(e.problems()).hasSize(3);
            assertThat(e.problems()).anyMatch(p -> p.startsWith("mail2blog.web.port: must be a TCP port"));
            assertThat(e.problems()).anyMatch(p -> p.startsWith("mail2blog.blog.language: must be sv or en"));
            assertThat(e.problems()).anyMatch(p -> p.startsWith("mail2blog.ingest.poll-interval-seconds:"));
        }

        @Test
        void unknownKeysAreRefused() {
            InvalidSettings e = catchThrowableOfType(InvalidSettings.class, () -> Settings.load(FILE,
                    Map.of("MAIL2BLOG_WEB_PROT", "1"), props("mail2blog.web.prot", "1")));
            assertThat(e.problems()).hasSize(2).allMatch(p -> p.contains("unknown"));
        }

        @Test
        void secretsAreNotEchoedInProblems() {
            InvalidSettings e = catchThrowableOfType(InvalidSettings.class, () -> Settings.load(FILE, Map.of(),
                    props("mail2blog.admin.api-token", "short-secret")));
            assertThat(e.problems()).singleElement().asString().startsWith("mail2blog.admin.api-token:")
                    .doesNotContain("short-secret");
        }

        @Test
        void startTlsWithAnImplicitTlsProtocolIsRefused() {
            InvalidSettings e = catchThrowableOfType(InvalidSettings.class, () -> Settings.load(FILE,
                    Map.of("MAIL2BLOG_MAILBOX_PASSWORD", "secret"), props("mail2blog.mailbox.host", "mail.example.com",
                            "mail2blog.mailbox.protocol", "pop3s", "mail2blog.mailbox.starttls", "true")));
            assertThat(e.problems()).singleElement().asString().startsWith("mail2blog.mailbox.starttls:");
        }

        @Test
        void aTrustedCertificateFileThatCannotBeReadIsRefused() {
            InvalidSettings e = catchThrowableOfType(InvalidSettings.class, () -> Settings.load(FILE, Map.of(),
                    props("mail2blog.mailbox.trusted-certificate-file", "/nonexistent/ca.pem")));
            assertThat(e.problems()).singleElement().asString()
                    .startsWith("mail2blog.mailbox.trusted-certificate-file:").contains("/nonexistent/ca.pem");
        }

        @Test
        void aTrustedCertificateFileWithoutACertificateIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
            Path notPem = java.nio.file.Files.writeString(dir.resolve("ca.pem"), "-----BEGIN NOTHING-----\n");
            InvalidSettings e = catchThrowableOfType(InvalidSettings.class, () -> Settings.load(FILE, Map.of(),
                    props("mail2blog.mailbox.trusted-certificate-file", notPem.toString())));
            assertThat(e.problems()).singleElement().asString().contains("at least one certificate");
        }

        @Test
        void realMailboxWithoutPasswordIsRefused() {
            assertThatThrownBy(() -> Settings.load(FILE, Map.of(), props("mail2blog.mailbox.host", "imap.example.com")))
                    .isInstanceOf(InvalidSettings.class).hasMessageContaining("mail2blog.mailbox.password");
        }
    }
}
