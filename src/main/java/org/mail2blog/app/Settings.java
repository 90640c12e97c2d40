package org.mail2blog.app;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.mail2blog.mailbox.MailboxConnection;
import org.mail2blog.mailbox.MailboxProtocol;
import org.mail2blog.mailbox.TrustedCertificates;
import org.mail2blog.notify.SmtpSettings;
import org.mail2blog.oauth.RefreshGrant;

/**
 * The validated configuration. Defaults come from {@code config/application.properties}; an
 * environment variable named the Camel way ({@code MAIL2BLOG_WEB_PORT}) overrides the file, and a
 * {@code -D} system property overrides both. {@link #load} checks every key and reports all
 * problems at once, each prefixed with its key; unknown {@code mail2blog.*} keys are problems too.
 * Immutable and thread-safe.
 */
public final class Settings {
    private static final String PREFIX = "mail2blog.";
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s+]+@[^@\\s]+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-:\\[\\]]+");

    /** Environment variables for the launcher and the commands, not keys: the JVM's options, a target database's login. */
    private static final java.util.Set<String> NOT_KEYS = java.util.Set.of("MAIL2BLOG_JAVA_OPTS",
            "MAIL2BLOG_TARGET_DB_USER", "MAIL2BLOG_TARGET_DB_PASSWORD");

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Reads the file, applies environment and system overrides, and validates the result. */
    public static Settings load(Path file, Map<String, String> env, Properties system) throws InvalidSettings {
        Map<String, String> merged = readFile(file);
        List<String> problems = new ArrayList<>(MailboxOAuth.secretsInFile(merged, file));
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (e.getKey().startsWith("MAIL2BLOG_") && !NOT_KEYS.contains(e.getKey())) {
                findKeyForEnv(merged, e.getKey()).ifPresentOrElse(k -> merged.put(k, e.getValue()),
                        () -> problems.add(e.getKey() + ": unknown environment variable; no mail2blog key has that name"));
            }
        }
        for (String name : system.stringPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                if (!merged.containsKey(name)) {
                    problems.add(name + ": unknown key (-D); see " + file + " for the keys that exist");
                } else if (MailboxOAuth.isSecret(name)) {
                    problems.add(name + ": a secret, refused as -D; set the environment variable " + envName(name)
                            + " or name a file with " + name + "-file");
                } else {
                    merged.put(name, system.getProperty(name));
                }
            }
        }
        Settings settings = new Settings(merged);
        problems.addAll(new SettingsCheck(settings).problems());
        if (!problems.isEmpty()) {
            throw new InvalidSettings(problems);
        }
        return settings;
    }

    private static Map<String, String> readFile(Path file) throws InvalidSettings {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new InvalidSettings(List.of(file + ": cannot read the configuration file (" + e.getMessage() + ")"));
        }
        Map<String, String> map = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String name : props.stringPropertyNames()) {
            if (!name.startsWith(PREFIX)) {
                problems.add(name + ": unknown key in " + file + "; mail2blog keys start with " + PREFIX);
            }
            map.put(name, props.getProperty(name).strip());
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettings(problems);
        }
        return map;
    }

    private static Optional<String> findKeyForEnv(Map<String, String> known, String envName) {
        return known.keySet().stream().filter(k -> envName(k).equals(envName)).findFirst();
    }

    /** The environment variable that overrides a key: upper case, dots and dashes as underscores. */
    static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    String raw(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("configuration key " + key + " is missing from config/application.properties");
        }
        return value;
    }

    Optional<String> optional(String key) {
        String value = raw(key);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    int integer(String key) {
        return Integer.parseInt(raw(key));
    }

    public String webHost() { return raw("mail2blog.web.host"); }

    public int webPort() { return integer("mail2blog.web.port"); }

    /** The public base URL without a trailing slash. */
    public String baseUrl() {
        return optional("mail2blog.web.base-url").map(u -> u.replaceAll("/+$", ""))
                .orElse("http://" + webHost() + ":" + webPort());
    }

    public Path templatesDir() { return Path.of(raw("mail2blog.web.templates-dir")); }

    public Duration sessionTimeout() { return Duration.ofMinutes(integer("mail2blog.web.session-timeout-minutes")); }

    /** How long an admin login lasts at most, however active the admin. */
    public Duration sessionLifetime() { return Duration.ofHours(integer("mail2blog.web.session-lifetime-hours")); }

    public String blogAddress() { return raw("mail2blog.blog.address").toLowerCase(Locale.ROOT); }

    public Locale language() { return Locale.forLanguageTag(raw("mail2blog.blog.language")); }

    public ZoneId timeZone() { return ZoneId.of(raw("mail2blog.blog.time-zone")); }

    /** True when no real mailbox is configured, so the embedded mail server runs. */
    public boolean isEmbeddedMail() {
        return optional("mail2blog.mailbox.host").isEmpty() && new MailboxOAuth(this).presetHost().isEmpty();
    }

    public int embeddedSmtpPort() { return integer("mail2blog.embedded.smtp-port"); }

    public int embeddedImapPort() { return integer("mail2blog.embedded.imap-port"); }

    /** The configured protocol; imaps when the mailbox is an OAuth2 provider's preset server. */
    public String mailboxProtocol() {
        return isPresetMailbox() ? "imaps" : raw("mail2blog.mailbox.protocol");
    }

    public String mailboxHost() {
        return optional("mail2blog.mailbox.host").or(() -> new MailboxOAuth(this).presetHost()).orElse("127.0.0.1");
    }

    /** True when no host is set and the OAuth2 provider's own server (Gmail, Microsoft 365) is used. */
    private boolean isPresetMailbox() {
        return optional("mail2blog.mailbox.host").isEmpty() && new MailboxOAuth(this).presetHost().isPresent();
    }

    /** True when the mailbox login is XOAUTH2 with an OAuth2 access token instead of a password. */
    public boolean isMailboxOAuth() { return new MailboxOAuth(this).isOn(); }

    /** True when the relay login is XOAUTH2, with tokens from the mailbox's OAuth2 settings. */
    public boolean isSmtpOAuth() { return new MailboxOAuth(this).isSmtpOn(); }

    /** The refresh-token grant of the relay login (the provider's SMTP scope); only when {@link #isSmtpOAuth()}. */
    public RefreshGrant smtpOAuthGrant() {
        if (!isSmtpOAuth()) {
            throw new IllegalStateException("mail2blog.smtp.auth is not xoauth2: there is no OAuth2 grant");
        }
        return new MailboxOAuth(this).smtpGrant();
    }

    /** The refresh-token grant of the mailbox login; only when {@link #isMailboxOAuth()}. */
    public RefreshGrant mailboxOAuthGrant() {
        if (!isMailboxOAuth()) {
            throw new IllegalStateException("mail2blog.mailbox.auth is not xoauth2: there is no OAuth2 grant");
        }
        return new MailboxOAuth(this).grant();
    }

    public int mailboxPort() {
        if (isEmbeddedMail()) {
            return embeddedImapPort();
        }
        return isPresetMailbox() ? 993 : optional("mail2blog.mailbox.port").map(Integer::parseInt)
                .orElse(MailboxProtocol.find(mailboxProtocol()).orElseThrow().defaultPort());
    }

    /** True when the mailbox is read over POP3 or POP3S (by the POP3 poller, not the IMAP route). */
    public boolean isPop3Mailbox() {
        return !isEmbeddedMail() && MailboxProtocol.find(mailboxProtocol()).orElseThrow().isPop3();
    }

    /** The PEM file whose certificates the mailbox connection trusts instead of the system trust store. */
    public Optional<Path> mailboxTrustedCertificateFile() {
        return optional("mail2blog.mailbox.trusted-certificate-file").map(Path::of);
    }

    /** Delete a POP3 mail from the server once it is stored; false keeps it there. */
    public boolean isPop3DeleteAfterStore() {
        return Boolean.parseBoolean(raw("mail2blog.mailbox.pop3-delete-after-store"));
    }

    /**
     * How the mailbox is reached: protocol, host, port, STARTTLS, timeout and TLS trust (the PEM file's
     * certificates, read now; the system trust store when none is configured).
     *
     * @throws IllegalArgumentException when the PEM file cannot be turned into trust, naming the file
     */
    public MailboxConnection mailboxConnection() {
        MailboxProtocol protocol = isEmbeddedMail() ? MailboxProtocol.IMAP
                : MailboxProtocol.find(mailboxProtocol()).orElseThrow();
        return new MailboxConnection(protocol, mailboxHost(), mailboxPort(), !isEmbeddedMail() && isMailboxStartTls(),
                mailboxTimeout(), mailboxTrustedCertificateFile().map(TrustedCertificates::socketFactory),
                !isEmbeddedMail() && isMailboxOAuth());
    }

    public String mailboxUser() { return optional("mail2blog.mailbox.user").orElse(blogAddress()); }

    /** The mailbox password; on the embedded server every mailbox's password is its address. */
    public String mailboxPassword() {
        return isEmbeddedMail() ? mailboxUser() : raw("mail2blog.mailbox.password");
    }

    public boolean isMailboxStartTls() { return Boolean.parseBoolean(raw("mail2blog.mailbox.starttls")); }

    public Duration mailboxTimeout() { return Duration.ofSeconds(integer("mail2blog.mailbox.timeout-seconds")); }

    /** True when mail can be sent: a relay is configured, or the embedded server runs. */
    public boolean isMailSending() {
        return isEmbeddedMail() || optional("mail2blog.smtp.host").isPresent();
    }

    /** Where outgoing mail goes: the configured relay, or the embedded SMTP server. */
    public SmtpSettings smtp() {
        if (optional("mail2blog.smtp.host").isEmpty()) {
            return new SmtpSettings("127.0.0.1", embeddedSmtpPort(), "none", "", "", Duration.ofSeconds(10));
        }
        String security = raw("mail2blog.smtp.security");
        int defaultPort = switch (security) {
            case "tls" -> 465;
            case "none" -> 25;
            default -> 587;
        };
        return new SmtpSettings(raw("mail2blog.smtp.host"),
                optional("mail2blog.smtp.port").map(Integer::parseInt).orElse(defaultPort), security,
                raw("mail2blog.smtp.user"), raw("mail2blog.smtp.password"),
                Duration.ofSeconds(integer("mail2blog.smtp.timeout-seconds")));
    }

    public String notifyFromName() { return raw("mail2blog.notify.from-name"); }

    public Duration retryInitial() { return Duration.ofSeconds(integer("mail2blog.notify.retry-initial-seconds")); }

    public Duration retryMax() { return Duration.ofSeconds(integer("mail2blog.notify.retry-max-seconds")); }

    public Duration acknowledgementInterval() {
        return Duration.ofMinutes(integer("mail2blog.notify.acknowledgement-interval-minutes"));
    }

    /** How long a published conversation counts as active for matching a mail by its subject; zero = never. */
    public Duration subjectMatchWindow() { return Duration.ofDays(integer("mail2blog.thread.subject-match-days")); }

    public String dbUrl() { return raw("mail2blog.db.url"); }

    public String dbUser() { return raw("mail2blog.db.user"); }

    public String dbPassword() { return raw("mail2blog.db.password"); }

    public String initialAdminUser() { return raw("mail2blog.admin.initial-user"); }

    public Optional<String> initialAdminPassword() { return optional("mail2blog.admin.initial-password"); }

    public Optional<String> apiToken() { return optional("mail2blog.admin.api-token"); }

    /** The key that signs moderation addresses; empty = the one generated and kept in the database. */
    public Optional<String> moderationSigningSecret() { return optional("mail2blog.moderation.signing-secret"); }
    /** A mail larger than this is flagged "large" on the queue page. */
    public int largeMailBytes() { return integer("mail2blog.admin.large-mail-bytes"); }
    /** Failed logins allowed for one user name within {@link #loginWindow()}. */
    public int loginMaxFailures() { return integer("mail2blog.admin.login-max-failures"); }

    /** Failed logins allowed from one client address within {@link #loginWindow()}. */
    public int loginMaxFailuresPerAddress() { return integer("mail2blog.admin.login-max-failures-per-address"); }

    /** How long a failed login counts towards the limits. */
    public Duration loginWindow() { return Duration.ofMinutes(integer("mail2blog.admin.login-window-minutes")); }

    /** The admins' own addresses, lower-case; empty when none are configured. */
    public List<String> adminAddresses() {
        return optional("mail2blog.admin.addresses").stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty()).toList();
    }

    /** The authserv-ids whose Authentication-Results are believed, lower-case; empty when none are. */
    public List<String> trustedAuthservIds() {
        return optional("mail2blog.trust.authserv-ids").stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty()).toList();
    }

    /** The shared folder where the instances elect their leader; empty for a single instance. */
    public Optional<Path> clusterLockDir() { return optional("mail2blog.cluster.lock-dir").map(Path::of); }

    /** True when several instances share the database and elect one to poll the mailbox and send the outbox. */
    public boolean isClustered() { return clusterLockDir().isPresent(); }

    /** This instance's name: the configured one, else the host name and process id. */
    public String instanceId() {
        return optional("mail2blog.cluster.instance-id").orElseGet(() -> hostName() + "-" + ProcessHandle.current().pid());
    }

    /** How often the leader renews its lock and the other instances look at it. */
    public Duration clusterHeartbeat() { return Duration.ofSeconds(integer("mail2blog.cluster.heartbeat-seconds")); }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";  // a host without a resolvable name still runs; the pid tells instances apart
        }
    }

    /**
     * The values the routes' {@code {{mail2blog.…}}} placeholders see: every key, with the mailbox
     * keys resolved to what is actually used (the embedded server's when no mailbox is configured).
     */
    public Properties camelProperties() {
        Properties props = new Properties();
        props.putAll(values);
        props.keySet().removeIf(k -> MailboxOAuth.isSecret((String) k));
        props.put("mail2blog.mailbox.protocol", mailboxProtocol());
        props.put("mail2blog.mailbox.host", mailboxHost());
        props.put("mail2blog.mailbox.port", Integer.toString(mailboxPort()));
        props.put("mail2blog.mailbox.user", mailboxUser());
        props.put("mail2blog.mailbox.password", mailboxPassword());
        // Which ingest route polls: the IMAP consumer, or the timer that drives the POP3 poller.
        // The IMAP route's URI must stay an IMAP one even when it is not started.
        props.put("mail2blog.mailbox.imap-route-enabled", Boolean.toString(!isPop3Mailbox()));
        props.put("mail2blog.mailbox.pop3-route-enabled", Boolean.toString(isPop3Mailbox()));
        props.put("mail2blog.mailbox.imap-protocol", isPop3Mailbox() || isEmbeddedMail() ? "imap" : mailboxProtocol());
        // Prefixed to the from-URI of a route that must run on one instance only (the leader).
        props.put("mail2blog.cluster.leader-only", isClustered() ? "master:mail2blog:" : "");
        return props;
    }

    static boolean isAddress(String value) {
        return ADDRESS.matcher(value).matches();
    }

    static boolean isHost(String value) {
        return HOST.matcher(value).matches();
    }

    static boolean isUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isZone(String value) {
        try {
            ZoneId.of(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
