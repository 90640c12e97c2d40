package org.mail2blog.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.mail2blog.mailbox.TrustedCertificates;
import org.mail2blog.support.Dialect;

/** The rules each configuration key must follow; collects every broken rule instead of stopping at the first. */
final class SettingsCheck {
    private final Settings settings;
    private final List<String> problems = new ArrayList<>();

    SettingsCheck(Settings settings) {
        this.settings = settings;
    }

    List<String> problems() {
        rule("mail2blog.web.host", Settings::isHost, "must be a host name or IP address");
        port("mail2blog.web.port");
        rule("mail2blog.web.base-url", v -> v.isEmpty() || Settings.isUrl(v), "must be empty or an http(s) URL");
        rule("mail2blog.web.templates-dir", v -> !v.isEmpty(), "must name a directory");
        range("mail2blog.web.session-timeout-minutes", 1, 60 * 24 * 30);
        range("mail2blog.web.session-lifetime-hours", 1, 24 * 30);
        rule("mail2blog.blog.address", Settings::isAddress, "must be a plain address such as blog@example.com (no '+')");
        rule("mail2blog.blog.language", Set.of("sv", "en")::contains, "must be sv or en");
        rule("mail2blog.blog.time-zone", Settings::isZone, "must be an IANA time zone such as Europe/Stockholm");
        rule("mail2blog.mailbox.protocol", Set.of("imap", "imaps", "pop3", "pop3s")::contains,
                "must be imap, imaps, pop3 or pop3s");
        rule("mail2blog.mailbox.host", v -> v.isEmpty() || Settings.isHost(v), "must be empty or a host name");
        rule("mail2blog.mailbox.port", v -> v.isEmpty() || isPort(v), "must be empty or a TCP port 1-65535");
        rule("mail2blog.mailbox.starttls", v -> v.equals("true") || v.equals("false"), "must be true or false");
        rule("mail2blog.mailbox.folder", v -> !v.isEmpty(), "must name a folder");
        rule("mail2blog.mailbox.processed-folder", v -> !v.isEmpty(), "must name a folder");
        range("mail2blog.mailbox.timeout-seconds", 1, 3600);
        rule("mail2blog.mailbox.trusted-certificate-file", v -> v.isEmpty() || isPemTrust(v),
                "must be empty (the system trust store) or a readable PEM file with at least one certificate");
        rule("mail2blog.mailbox.pop3-delete-after-store", v -> v.equals("true") || v.equals("false"), "must be true or false");
        mailboxTls();
        port("mail2blog.embedded.smtp-port");
        port("mail2blog.embedded.imap-port");
        range("mail2blog.ingest.poll-interval-seconds", 1, 86_400);
        rule("mail2blog.smtp.host", v -> v.isEmpty() || Settings.isHost(v), "must be empty or a host name");
        rule("mail2blog.smtp.port", v -> v.isEmpty() || isPort(v), "must be empty or a TCP port 1-65535");
        rule("mail2blog.smtp.security", Set.of("starttls", "tls", "none")::contains, "must be starttls, tls or none");
        range("mail2blog.smtp.timeout-seconds", 1, 3600);
        rule("mail2blog.notify.from-name", v -> !v.isBlank() && !v.matches(".*[\\r\\n<>\"].*"),
                "must be a plain display name without quotes, angle brackets or line breaks");
        range("mail2blog.notify.outbox-poll-seconds", 1, 3600);
        range("mail2blog.notify.retry-initial-seconds", 1, 86_400);
        range("mail2blog.notify.retry-max-seconds", 1, 7 * 86_400);
        range("mail2blog.notify.acknowledgement-interval-minutes", 0, 7 * 24 * 60);
        range("mail2blog.thread.subject-match-days", 0, 3650);
        rule("mail2blog.db.url", v -> Dialect.ofUrl(v).isPresent(),
                "must be a JDBC URL starting with jdbc:h2: or jdbc:postgresql:");
        rule("mail2blog.admin.initial-user", v -> v.matches("[A-Za-z0-9._-]{1,64}"),
                "must be 1-64 letters, digits, dots, dashes or underscores");
        rule("mail2blog.admin.initial-password", v -> v.isEmpty() || v.length() >= 10,
                "must be empty (generate one) or at least 10 characters");
        rule("mail2blog.admin.addresses", v -> v.isBlank() || java.util.Arrays.stream(v.split(","))
                .map(String::strip).allMatch(Settings::isAddress), "must be empty or comma-separated addresses");
        range("mail2blog.admin.large-mail-bytes", 1, 999_999_999);
        rule("mail2blog.admin.api-token", v -> v.isEmpty() || v.length() >= 20,
                "must be empty (API off) or at least 20 characters");
        rule("mail2blog.moderation.signing-secret", v -> v.isEmpty() || v.length() >= 32,
                "must be empty (generate one) or at least 32 characters");
        rule("mail2blog.trust.authserv-ids", v -> v.isBlank() || java.util.Arrays.stream(v.split(","))
                .map(String::strip).allMatch(id -> id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")),
                "must be empty or comma-separated authserv-ids such as mx.example.com");
        range("mail2blog.admin.login-max-failures", 1, 1000);
        range("mail2blog.admin.login-max-failures-per-address", 1, 100_000);
        range("mail2blog.admin.login-window-minutes", 1, 24 * 60);
        problems.addAll(new MailboxOAuth(settings).problems());
        rule("mail2blog.cluster.lock-dir", v -> v.isEmpty() || !v.isBlank(), "must be empty or name a folder");
        rule("mail2blog.cluster.instance-id", v -> v.isEmpty() || v.matches("[A-Za-z0-9._-]{1,64}"),
                "must be empty or 1-64 letters, digits, dots, dashes or underscores");
        range("mail2blog.cluster.heartbeat-seconds", 1, 60);
        clusterNeeds();
        if (settings.has("mail2blog.mailbox.host") && !settings.isEmbeddedMail()
                && !settings.isMailboxOAuth() && settings.raw("mail2blog.mailbox.password").isEmpty()) {
            problems.add("mail2blog.mailbox.password: must be set when mail2blog.mailbox.host is set"
                    + " (use the environment variable MAIL2BLOG_MAILBOX_PASSWORD)");
        }
        return problems;
    }

    /** STARTTLS upgrades a plain connection; imaps and pop3s are TLS from the first byte. */
    private void mailboxTls() {
        if (settings.has("mail2blog.mailbox.starttls") && settings.has("mail2blog.mailbox.protocol")
                && settings.raw("mail2blog.mailbox.starttls").equals("true")
                && settings.raw("mail2blog.mailbox.protocol").endsWith("s")) {
            problems.add("mail2blog.mailbox.starttls: applies to imap and pop3 only; imaps and pop3s use TLS"
                    + " from the start, so set it to false (or use protocol imap/pop3 with STARTTLS)");
        }
    }

    private static boolean isPemTrust(String file) {
        if (!java.nio.file.Files.isReadable(Path.of(file))) {
            return false;
        }
        try {
            TrustedCertificates.socketFactory(Path.of(file));
            return true;
        } catch (IllegalArgumentException notUsable) {
            return false;
        }
    }

    /** Several instances must share one database and one mailbox: PostgreSQL and a real mail server. */
    private void clusterNeeds() {
        if (!settings.has("mail2blog.cluster.lock-dir") || settings.raw("mail2blog.cluster.lock-dir").isEmpty()) {
            return;
        }
        if (settings.has("mail2blog.db.url") && !isDatabaseServer(settings.raw("mail2blog.db.url"))) {
            problems.add("mail2blog.cluster.lock-dir: several instances need one database server they all reach;"
                    + " set mail2blog.db.url to a jdbc:postgresql:// URL (or an H2 server's jdbc:h2:tcp:// URL)");
        }
        if (settings.has("mail2blog.mailbox.host") && settings.isEmbeddedMail()) {
            problems.add("mail2blog.cluster.lock-dir: several instances need one mailbox they all reach;"
                    + " set mail2blog.mailbox.host (the embedded mail server belongs to one instance)");
        }
    }

    private static boolean isDatabaseServer(String url) {
        return url.startsWith("jdbc:postgresql:") || url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:");
    }

    private void port(String key) {
        rule(key, SettingsCheck::isPort, "must be a TCP port 1-65535");
    }

    private void range(String key, int min, int max) {
        rule(key, v -> isInt(v) && Integer.parseInt(v) >= min && Integer.parseInt(v) <= max,
                "must be a whole number from " + min + " to " + max);
    }

    private void rule(String key, Predicate<String> ok, String what) {
        if (!settings.has(key)) {
            problems.add(key + ": missing; every key in config/application.properties must stay there");
            return;
        }
        String value = settings.raw(key);
        if (!ok.test(value)) {
            boolean secret = key.endsWith("password") || key.endsWith("token");
            problems.add(key + ": " + what + (secret ? "" : " (is '" + value + "')"));
        }
    }

    private static boolean isInt(String value) {
        return value.matches("-?\\d{1,9}");
    }

    private static boolean isPort(String value) {
        return isInt(value) && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 65_535;
    }
}
