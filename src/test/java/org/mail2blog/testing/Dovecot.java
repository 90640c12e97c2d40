package org.mail2blog.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway Dovecot (Debian's dovecot-imapd and dovecot-pop3d) on loopback ports, with its
 * configuration, state, log and the mailbox of one user under a folder of the test's: IMAP (with
 * STARTTLS offered), IMAPS, POP3 (with STARTTLS offered) and POP3S, a self-signed certificate made
 * with openssl for 127.0.0.1 and localhost. Mail is delivered with dovecot-lda into the user's
 * Maildir, as a mail server would deliver it. Nothing runs as a system service; {@link #close()}
 * stops it.
 *
 * <p>Running as root, the mailbox belongs to {@code nobody}; otherwise to the current user.
 */
public final class Dovecot implements AutoCloseable {
    public static final String USER = "blog@example.com";
    public static final String PASSWORD = "dovecot-secret-42";
    private static final Path BINARY = Path.of("/usr/sbin/dovecot");
    private static final Path LDA = Path.of("/usr/lib/dovecot/dovecot-lda");
    private final Path dir;
    private final Path config;
    private final int[] ports = Ports.free(4);
    private final int imapPort = ports[0];
    private final int imapsPort = ports[1];
    private final int pop3Port = ports[2];
    private final int pop3sPort = ports[3];

    private Dovecot(Path dir, String extraConfig) throws IOException {
        this.dir = dir;
        this.config = dir.resolve("dovecot.conf");
        Files.createDirectories(dir.resolve("run"));
        Files.createDirectories(dir.resolve("state"));
        makeCertificate();
        Files.writeString(dir.resolve("passwd"), USER + ":{PLAIN}" + PASSWORD + "\n", StandardCharsets.UTF_8);
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        openToMailUser(dir, home);
        Files.writeString(config, configuration(extraConfig), StandardCharsets.UTF_8);
    }

    /** True when Debian's Dovecot packages are installed (the test set-up script installs them). */
    public static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(LDA);
    }

    /** Starts a fresh instance under {@code dir} (a test's temporary folder). */
    public static Dovecot start(Path dir) throws IOException {
        return start(dir, "");
    }

    /**
     * Starts a fresh instance under {@code dir} with further configuration lines appended (another
     * passdb, say; they may name the {@code dir} as {@code ${dir}}).
     */
    public static Dovecot start(Path dir, String extraConfig) throws IOException {
        Dovecot dovecot = new Dovecot(dir.toAbsolutePath(), extraConfig);
        dovecot.startServer();
        return dovecot;
    }

    public int imapPort() {
        return imapPort;
    }

    public int imapsPort() {
        return imapsPort;
    }

    public int pop3Port() {
        return pop3Port;
    }

    public int pop3sPort() {
        return pop3sPort;
    }

    /** The server's self-signed certificate, PEM. */
    public Path certificate() {
        return dir.resolve("cert.pem");
    }

    /** The user's Maildir. */
    public Path maildir() {
        return dir.resolve("home").resolve(USER).resolve("Maildir");
    }

    /** Dovecot's own log (errors of a test's configuration show here). */
    public String log() {
        try {
            Path log = dir.resolve("dovecot.log");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Delivers {@code raw} into the user's INBOX with dovecot-lda, as a mail server would. */
    public void deliver(byte[] raw) {
        run(List.of(LDA.toString(), "-c", config.toString(), "-d", USER), raw);
    }

    /**
     * Puts {@code raw} into the Maildir's {@code new/} folder the way any delivery agent may, without
     * Dovecot's help: works while the server is stopped (dovecot-lda needs it running).
     */
    public void dropIntoMaildir(byte[] raw) {
        try {
            Path fresh = maildir().resolve("new");
            Files.createDirectories(fresh);
            Path tmp = maildir().resolve("tmp");
            Files.createDirectories(tmp);
            String name = System.currentTimeMillis() + "." + System.nanoTime() + ".mail2blog-test";
            Files.write(tmp.resolve(name), raw);
            tmp.resolve(name).toFile().setReadable(true, false);
            Files.move(tmp.resolve(name), fresh.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server (mail stays in the Maildir). */
    public void stop() {
        run(List.of(BINARY.toString(), "-c", config.toString(), "stop"), null);
        Eventually.until("Dovecot stopped", Duration.ofSeconds(10), () -> !Files.exists(dir.resolve("run/master.pid")));
    }

    /** Starts a stopped server again on the same ports, with the same mailbox. */
    public void startAgain() {
        startServer();
    }

    /** Stops and starts the server again on the same ports, with the same mailbox. */
    public void restart() {
        stop();
        startServer();
    }

    @Override
    public void close() {
        if (Files.exists(dir.resolve("run/master.pid"))) {
            stop();
        }
    }

    private void startServer() {
        run(List.of(BINARY.toString(), "-c", config.toString()), null);
        Eventually.until("Dovecot listening on " + imapPort, Duration.ofSeconds(10), () -> listening(imapPort));
    }

    private static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private String configuration(String extra) {
        String mailUser = root() ? "nobody" : System.getProperty("user.name");
        String uid = root() ? "65534" : id("-u");
        String gid = root() ? "65534" : id("-g");
        String ownUser = root() ? "" : """
                default_internal_user = %1$s
                default_login_user = %1$s
                """.formatted(mailUser);
        return """
                base_dir = ${dir}/run
                state_dir = ${dir}/state
                log_path = ${dir}/dovecot.log
                protocols = imap pop3
                listen = 127.0.0.1
                ssl = yes
                ssl_cert = <${dir}/cert.pem
                ssl_key = <${dir}/key.pem
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                first_valid_uid = 1
                first_valid_gid = 1
                %s
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%u ${dir}/passwd
                }
                userdb {
                  driver = static
                  args = uid=%s gid=%s home=${dir}/home/%%u
                }
                mail_location = maildir:~/Maildir
                pop3_uidl_format = %%08Xu%%08Xv
                service imap-login {
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %d
                  }
                  inet_listener imaps {
                    address = 127.0.0.1
                    port = %d
                    ssl = yes
                  }
                }
                service pop3-login {
                  inet_listener pop3 {
                    address = 127.0.0.1
                    port = %d
                  }
                  inet_listener pop3s {
                    address = 127.0.0.1
                    port = %d
                    ssl = yes
                  }
                }
                %s
                """.formatted(ownUser, uid, gid, imapPort, imapsPort, pop3Port, pop3sPort, extra)
                .replace("${dir}", dir.toString());
    }

    private void makeCertificate() {
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString()), null);
    }

    /**
     * Makes a self-signed certificate (PEM) and its key for {@code hostName} only, e.g. to show that a
     * trusted certificate naming another host is refused: start with {@code ssl_cert = <cert} and
     * {@code ssl_key = <key} as extra configuration.
     */
    public static void selfSignedCertificate(String hostName, Path key, Path cert) {
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=" + hostName, "-addext", "subjectAltName=DNS:" + hostName,
                "-keyout", key.toString(), "-out", cert.toString()), null);
        if (root()) {
            key.toFile().setReadable(true, false);
        }
    }

    /** The mail user (nobody, when root) must reach its home through the test's folders. */
    private static void openToMailUser(Path dir, Path home) throws IOException {
        if (!root()) {
            return;
        }
        for (Path p = dir; p != null && p.getNameCount() > 0; p = p.getParent()) {
            if (p.startsWith(Path.of(System.getProperty("java.io.tmpdir"))) || p.equals(dir)) {
                addTraverse(p);
            }
        }
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    private static void addTraverse(Path p) throws IOException {
        var permissions = Files.getPosixFilePermissions(p);
        permissions.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
        permissions.add(java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE);
        Files.setPosixFilePermissions(p, permissions);
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String id(String option) {
        return run(List.of("id", option), null).trim();
    }

    /** Runs a command with stdin from {@code input}, output to a file (never the test runner's pipes). */
    private static String run(List<String> command, byte[] input) {
        try {
            Path out = Files.createTempFile("dovecot-cmd", ".log");
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                    .redirectErrorStream(true).redirectOutput(out.toFile());
            if (input == null) {
                builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            }
            Process process = builder.start();
            if (input != null) {
                try (var stdin = process.getOutputStream()) {
                    stdin.write(input);
                }
            }
            boolean done = process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            if (!done || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
