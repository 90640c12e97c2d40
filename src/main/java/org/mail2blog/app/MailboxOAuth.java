package org.mail2blog.app;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mail2blog.oauth.Provider;
import org.mail2blog.oauth.RefreshGrant;

/**
 * The mailbox's OAuth2 keys ({@code mail2blog.mailbox.auth=xoauth2}): their rules, and the refresh
 * grant they make. The client secret and the refresh token come only from their environment variables
 * or from the files their {@code …-file} keys name; a value in the properties file or in a {@code -D}
 * option is refused, so a secret never sits in a file that is shared or in a process listing.
 */
final class MailboxOAuth {
    static final String AUTH = "mail2blog.mailbox.auth";
    private static final String PREFIX = "mail2blog.mailbox.oauth2.";
    static final String PROVIDER = PREFIX + "provider";
    static final String TENANT = PREFIX + "tenant";
    static final String CLIENT_ID = PREFIX + "client-id";
    static final String TOKEN_ENDPOINT = PREFIX + "token-endpoint";
    static final String SCOPE = PREFIX + "scope";
    static final String CLIENT_SECRET = PREFIX + "client-secret";
    static final String REFRESH_TOKEN = PREFIX + "refresh-token";
    static final String SMTP_AUTH = "mail2blog.smtp.auth";
    private static final Set<String> SECRETS = Set.of(CLIENT_SECRET, REFRESH_TOKEN);
    private static final List<String> KEYS = List.of(AUTH, PROVIDER, TENANT, CLIENT_ID, TOKEN_ENDPOINT, SCOPE,
            CLIENT_SECRET, CLIENT_SECRET + "-file", REFRESH_TOKEN, REFRESH_TOKEN + "-file", SMTP_AUTH);
    private final Settings settings;

    MailboxOAuth(Settings settings) {
        this.settings = settings;
    }

    /** Secrets found in the properties file, which may hold them only empty. */
    static List<String> secretsInFile(Map<String, String> fileValues, Path file) {
        return SECRETS.stream().filter(k -> !fileValues.getOrDefault(k, "").isEmpty()).sorted()
                .map(k -> k + ": a secret, refused in " + file + "; set the environment variable "
                        + Settings.envName(k) + " or name a file with " + k + "-file").toList();
    }

    /** True for the secret keys, which a {@code -D} option may not set either. */
    static boolean isSecret(String key) {
        return SECRETS.contains(key);
    }

    boolean isOn() {
        return settings.has(AUTH) && "xoauth2".equals(settings.raw(AUTH));
    }

    /** The preset provider's IMAP server, when one is in use. */
    Optional<String> presetHost() {
        return isOn() && settings.has(PROVIDER) ? Provider.find(settings.raw(PROVIDER)).flatMap(Provider::imapHost) : Optional.empty();
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        KEYS.stream().filter(k -> !settings.has(k)).forEach(k -> problems.add(k
                + ": missing; every key in config/application.properties must stay there"));
        if (!problems.isEmpty()) {
            return problems;
        }
        require(Set.of("password", "xoauth2").contains(settings.raw(AUTH)), AUTH, "must be password or xoauth2", problems);
        require(Provider.find(settings.raw(PROVIDER)).isPresent(), PROVIDER, "must be gmail, microsoft or custom", problems);
        require(settings.raw(TENANT).matches("[A-Za-z0-9._-]+"), TENANT,
                "must be common, organizations, or a tenant id or domain", problems);
        String endpoint = settings.raw(TOKEN_ENDPOINT);
        require(endpoint.isEmpty() || isTokenUrl(endpoint), TOKEN_ENDPOINT,
                "must be empty (the provider's) or an https URL (http only to 127.0.0.1)", problems);
        require(Set.of("password", "xoauth2").contains(settings.raw(SMTP_AUTH)), SMTP_AUTH, "must be password or xoauth2",
                problems);
        if (isOn() && problems.isEmpty()) {
            whenOn(problems);
        }
        if (isSmtpOn()) {
            require(isOn(), SMTP_AUTH, "xoauth2 takes its tokens from the mailbox's OAuth2 settings:"
                    + " set " + AUTH + "=xoauth2 too", problems);
            require(!settings.raw("mail2blog.smtp.host").isEmpty() && !settings.raw("mail2blog.smtp.user").isEmpty(),
                    SMTP_AUTH, "xoauth2 needs mail2blog.smtp.host and mail2blog.smtp.user", problems);
        }
        return problems;
    }

    /** True when the relay login is XOAUTH2 with a token from the mailbox's grant. */
    boolean isSmtpOn() {
        return settings.has(SMTP_AUTH) && "xoauth2".equals(settings.raw(SMTP_AUTH));
    }

    /** The grant for the relay: the mailbox's, with the provider's SMTP scope unless a scope is configured. */
    RefreshGrant smtpGrant() {
        RefreshGrant mailbox = grant();
        String scope = settings.optional(SCOPE).or(() -> provider().smtpScope()).orElse("");
        return new RefreshGrant(mailbox.tokenEndpoint(), mailbox.clientId(), mailbox.clientSecret(),
                mailbox.refreshToken(), scope, mailbox.timeout());
    }

    private void whenOn(List<String> problems) {
        require(!settings.raw(CLIENT_ID).isEmpty(), CLIENT_ID, "must be set when " + AUTH + "=xoauth2", problems);
        require(!settings.raw(TOKEN_ENDPOINT).isEmpty() || tokenEndpoint().isPresent(), TOKEN_ENDPOINT,
                "must be set for provider custom", problems);
        require(provider() != Provider.CUSTOM || settings.optional("mail2blog.mailbox.host").isPresent(),
                "mail2blog.mailbox.host", "must be set for provider custom", problems);
        for (String key : SECRETS) {
            boolean inEnv = !settings.raw(key).isEmpty();
            boolean inFile = !settings.raw(key + "-file").isEmpty();
            require(!(inEnv && inFile), key, "set both through " + Settings.envName(key) + " and " + key
                    + "-file; keep one", problems);
            if (inFile) {
                read(key + "-file").ifPresentOrElse(v -> { }, () -> problems.add(key + "-file: cannot read "
                        + settings.raw(key + "-file") + ", or it is empty"));
            }
        }
        require(!settings.raw(REFRESH_TOKEN).isEmpty() || !settings.raw(REFRESH_TOKEN + "-file").isEmpty(),
                REFRESH_TOKEN, "must be set when " + AUTH + "=xoauth2: set " + Settings.envName(REFRESH_TOKEN)
                        + " or name a file with " + REFRESH_TOKEN + "-file", problems);
    }

    /** The grant the configuration describes; call only when {@link #isOn()} and the settings are valid. */
    RefreshGrant grant() {
        return new RefreshGrant(tokenEndpoint().orElseThrow(), settings.raw(CLIENT_ID), secret(CLIENT_SECRET),
                secret(REFRESH_TOKEN), settings.optional(SCOPE).or(() -> provider().scope()).orElse(""),
                settings.mailboxTimeout());
    }

    private Optional<URI> tokenEndpoint() {
        return settings.optional(TOKEN_ENDPOINT).map(URI::create)
                .or(() -> provider().tokenEndpoint(settings.raw(TENANT)));
    }

    private Provider provider() {
        return Provider.find(settings.raw(PROVIDER)).orElseThrow();
    }

    private String secret(String key) {
        return settings.optional(key).or(() -> read(key + "-file")).orElse("");
    }

    private Optional<String> read(String fileKey) {
        return settings.optional(fileKey).flatMap(name -> {
            try {
                return Optional.of(Files.readString(Path.of(name), StandardCharsets.UTF_8).strip()).filter(v -> !v.isEmpty());
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    private static boolean isTokenUrl(String value) {
        if (!Settings.isUrl(value)) {
            return false;
        }
        URI uri = URI.create(value);
        return "https".equals(uri.getScheme()) || Set.of("127.0.0.1", "localhost", "[::1]").contains(uri.getHost());
    }

    private static void require(boolean ok, String key, String what, List<String> problems) {
        if (!ok) {
            problems.add(key + ": " + what);
        }
    }
}
