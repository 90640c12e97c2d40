package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.oauth.RefreshGrant;

class MailboxOAuthSettingsTest {
    private static final Path FILE = Path.of("config", "application.properties");
    private static final Map<String, String> SECRETS = Map.of("MAIL2BLOG_MAILBOX_OAUTH2_CLIENT_SECRET", "hemlig-klient",
            "MAIL2BLOG_MAILBOX_OAUTH2_REFRESH_TOKEN", "hemlig-refresh");

    @TempDir
    Path dir;

    private static Properties props(String... pairs) {
        Properties p = new Properties();
        p.put("mail2blog.mailbox.auth", "xoauth2");
        p.put("mail2blog.mailbox.user", "blog@example.com");
        p.put("mail2blog.mailbox.oauth2.client-id", "client-1.apps.example.com");
        for (int i = 0; i < pairs.length; i += 2) {
            p.put(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    private static String problems(Map<String, String> env, Properties props) {
        return String.join("\n", catchThrowableOfType(InvalidSettings.class,
                () -> Settings.load(FILE, env, props)).problems());
    }

    @Nested
    class Presets {
        @Test
        void gmailReadsGmailOverImapsWithGooglesEndpointAndScope() throws InvalidSettings {
            Settings s = Settings.load(FILE, SECRETS, props());
            assertThat(s.isEmbeddedMail()).isFalse();
            assertThat(s.mailboxHost()).isEqualTo("imap.gmail.com");
            assertThat(s.mailboxPort()).isEqualTo(993);
            assertThat(s.mailboxProtocol()).isEqualTo("imaps");
            RefreshGrant grant = s.mailboxOAuthGrant();
            assertThat(grant.tokenEndpoint()).isEqualTo(URI.create("https://oauth2.googleapis.com/token"));
            assertThat(grant.scope()).isEqualTo("https://mail.google.com/");
            assertThat(grant.clientSecret()).isEqualTo("hemlig-klient");
            assertThat(grant.refreshToken()).isEqualTo("hemlig-refresh");
        }

        @Test
        void microsoftPutsTheTenantInTheEndpoint() throws InvalidSettings {
            Settings s = Settings.load(FILE, SECRETS, props("mail2blog.mailbox.oauth2.provider", "microsoft",
                    "mail2blog.mailbox.oauth2.tenant", "contoso.onmicrosoft.com"));
            assertThat(s.mailboxHost()).isEqualTo("outlook.office365.com");
            assertThat(s.mailboxOAuthGrant().tokenEndpoint()).isEqualTo(
                    URI.create("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"));
        }

        @Test
        void aConfiguredHostPortAndScopeWinOverThePreset() throws InvalidSettings {
            Settings s = Settings.load(FILE, SECRETS, props("mail2blog.mailbox.host", "imap.example.com",
                    "mail2blog.mailbox.port", "1993", "mail2blog.mailbox.oauth2.scope", "mail"));
            assertThat(s.mailboxHost()).isEqualTo("imap.example.com");
            assertThat(s.mailboxPort()).isEqualTo(1993);
            assertThat(s.mailboxProtocol()).isEqualTo("imap");
            assertThat(s.mailboxOAuthGrant().scope()).isEqualTo("mail");
        }

        @Test
        void passwordLoginIsTheDefaultAndNeedsNoOAuthKeys() throws InvalidSettings {
            Settings s = Settings.load(FILE, Map.of(), new Properties());
            assertThat(s.isMailboxOAuth()).isFalse();
            assertThat(s.isEmbeddedMail()).isTrue();
        }
    }

    @Nested
    class Secrets {
        @Test
        void comeFromFilesNamedByTheFileKeys() throws Exception {
            Files.writeString(dir.resolve("secret"), "hemlighet-ur-fil\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("refresh"), "refresh-ur-fil\n", StandardCharsets.UTF_8);
            Settings s = Settings.load(FILE, Map.of(), props(
                    "mail2blog.mailbox.oauth2.client-secret-file", dir.resolve("secret").toString(),
                    "mail2blog.mailbox.oauth2.refresh-token-file", dir.resolve("refresh").toString()));
            assertThat(s.mailboxOAuthGrant().clientSecret()).isEqualTo("hemlighet-ur-fil");
            assertThat(s.mailboxOAuthGrant().refreshToken()).isEqualTo("refresh-ur-fil");
        }

        @Test
        void areNotHandedToCamel() throws InvalidSettings {
            assertThat(Settings.load(FILE, SECRETS, props()).camelProperties().values())
                    .doesNotContain("hemlig-klient", "hemlig-refresh");
        }

        @Test
        void areRefusedInThePropertiesFileWithoutShowingThem() throws IOException {
            Path file = dir.resolve("application.properties");
            Files.writeString(file, Files.readString(FILE, StandardCharsets.UTF_8)
                    + "\nmail2blog.mailbox.oauth2.refresh-token=written-in-the-file\n", StandardCharsets.UTF_8);
            InvalidSettings e = catchThrowableOfType(InvalidSettings.class, () -> Settings.load(file, Map.of(), props()));
            assertThat(e.problems()).singleElement().asString()
                    .startsWith("mail2blog.mailbox.oauth2.refresh-token: a secret, refused in")
                    .contains("MAIL2BLOG_MAILBOX_OAUTH2_REFRESH_TOKEN", "refresh-token-file")
                    .doesNotContain("written-in-the-file");
        }

        @Test
        void areRefusedAsSystemProperties() {
            assertThat(problems(Map.of(), props("mail2blog.mailbox.oauth2.client-secret", "on-the-command-line")))
                    .contains("mail2blog.mailbox.oauth2.client-secret: a secret, refused as -D")
                    .doesNotContain("on-the-command-line");
        }

        @Test
        void aRefreshTokenIsRequired() {
            assertThat(problems(Map.of(), props())).contains("mail2blog.mailbox.oauth2.refresh-token: must be set when"
                    + " mail2blog.mailbox.auth=xoauth2: set MAIL2BLOG_MAILBOX_OAUTH2_REFRESH_TOKEN");
        }

        @Test
        void anUnreadableFileIsNamed() {
            Path missing = dir.resolve("no-such-file");
            assertThat(problems(Map.of(), props("mail2blog.mailbox.oauth2.refresh-token-file", missing.toString())))
                    .contains("mail2blog.mailbox.oauth2.refresh-token-file: cannot read " + missing);
        }

        @Test
        void bothEnvironmentAndFileIsOneTooMany() throws IOException {
            Files.writeString(dir.resolve("refresh"), "refresh-ur-fil", StandardCharsets.UTF_8);
            assertThat(problems(SECRETS, props("mail2blog.mailbox.oauth2.refresh-token-file",
                    dir.resolve("refresh").toString()))).contains("mail2blog.mailbox.oauth2.refresh-token: set both");
        }
    }

    @Nested
    class Relay {
        @Test
        void xoauth2UsesTheMailboxGrantWithTheProvidersSmtpScope() throws InvalidSettings {
            Settings s = Settings.load(FILE, SECRETS, props("mail2blog.mailbox.oauth2.provider", "microsoft",
                    "mail2blog.smtp.auth", "xoauth2", "mail2blog.smtp.host", "smtp.office365.com",
                    "mail2blog.smtp.user", "blog@example.com"));
            RefreshGrant grant = s.smtpOAuthGrant();
            assertThat(grant.scope()).isEqualTo("https://outlook.office.com/SMTP.Send offline_access");
            assertThat(grant.refreshToken()).isEqualTo("hemlig-refresh");
            assertThat(grant.tokenEndpoint()).isEqualTo(s.mailboxOAuthGrant().tokenEndpoint());
        }

        @Test
        void xoauth2NeedsTheMailboxOAuthSettingsAHostAndAUser() {
            Properties p = new Properties();
            p.put("mail2blog.smtp.auth", "xoauth2");
            assertThat(problems(Map.of(), p))
                    .contains("mail2blog.smtp.auth: xoauth2 takes its tokens from the mailbox's OAuth2 settings")
                    .contains("mail2blog.smtp.auth: xoauth2 needs mail2blog.smtp.host and mail2blog.smtp.user");
        }

        @Test
        void passwordIsTheDefault() throws InvalidSettings {
            assertThat(Settings.load(FILE, SECRETS, props()).isSmtpOAuth()).isFalse();
        }
    }

    @Nested
    class Rules {
        @Test
        void aClientIdIsRequired() {
            assertThat(problems(SECRETS, props("mail2blog.mailbox.oauth2.client-id", "")))
                    .contains("mail2blog.mailbox.oauth2.client-id: must be set when mail2blog.mailbox.auth=xoauth2");
        }

        @Test
        void customNeedsATokenEndpointAndAHost() {
            assertThat(problems(SECRETS, props("mail2blog.mailbox.oauth2.provider", "custom")))
                    .contains("mail2blog.mailbox.oauth2.token-endpoint: must be set for provider custom")
                    .contains("mail2blog.mailbox.host: must be set for provider custom");
        }

        @Test
        void aPlainHttpEndpointIsOnlyForLoopback() {
            assertThat(problems(SECRETS, props("mail2blog.mailbox.oauth2.token-endpoint", "http://auth.example.com/token")))
                    .contains("mail2blog.mailbox.oauth2.token-endpoint: must be empty (the provider's) or an https URL");
        }

        @Test
        void unknownValuesAreNamed() {
            assertThat(problems(SECRETS, props("mail2blog.mailbox.auth", "kerberos",
                    "mail2blog.mailbox.oauth2.provider", "yahoo")))
                    .contains("mail2blog.mailbox.auth: must be password or xoauth2")
                    .contains("mail2blog.mailbox.oauth2.provider: must be gmail, microsoft or custom");
        }

        @Test
        void noMailboxPasswordIsAskedForWithXoauth2() throws InvalidSettings {
            Settings s = Settings.load(FILE, SECRETS, props("mail2blog.mailbox.host", "imap.example.com"));
            assertThat(s.isMailboxOAuth()).isTrue();
        }
    }
}
