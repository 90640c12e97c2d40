package org.mail2blog.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster (Debian's postgresql package: initdb and pg_ctl under
 * /usr/lib/postgresql/N/bin), one per test JVM, started on first use on a free loopback port under a
 * temporary folder and stopped when the JVM exits. Each {@link #newDatabase()} is a fresh, empty
 * database in it. Durability is off (fsync, synchronous commit): the cluster lives only for the run.
 *
 * <p>PostgreSQL refuses to run as root; as root the cluster runs as the package's {@code postgres}
 * user.
 */
public final class Postgres {
    public static final String USER = "mail2blog";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Postgres cluster;
    private final Path dir;
    private final Path bin;
    private final int port = Ports.free();

    private Postgres(Path bin) throws IOException {
        this.bin = bin;
        this.dir = Files.createTempDirectory("mail2blog-pg");
        if (root()) {
            dir.toFile().setExecutable(true, false);
            run(List.of("chown", "postgres:postgres", dir.toString()));
        }
        asOwner(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
        asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w",
                "-l", dir.resolve("postgres.log").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start"));
    }

    /** True when Debian's PostgreSQL server is installed (the test set-up script installs it). */
    public static boolean installed() {
        return binaries().isPresent();
    }

    /** The JDBC URL of a fresh, empty database in the run's cluster (started on first use). */
    public static synchronized String newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(cluster().url("postgres"), USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return cluster.url(name);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    private static Postgres cluster() {
        if (cluster == null) {
            try {
                cluster = new Postgres(binaries().orElseThrow(
                        () -> new IllegalStateException("PostgreSQL is not installed: run .ci/setup-test-tools")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop));
        }
        return cluster;
    }

    private void stop() {
        try {
            asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                    "-m", "immediate", "stop"));
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (RuntimeException | IOException e) {
            System.err.println("Postgres: could not stop the test cluster under " + dir + ": " + e.getMessage());
        }
    }

    private static Optional<Path> binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())));
        } catch (IOException | NumberFormatException noPostgres) {
            return Optional.empty();
        }
    }

    private static void asOwner(List<String> command) {
        List<String> full = new ArrayList<>();
        if (root()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs a command with output to a file: a server it starts must not hold the test runner's pipes. */
    private static void run(List<String> command) {
        try {
            Path out = Files.createTempFile("pg-cmd", ".log");
            out.toFile().setWritable(true, false);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            boolean done = process.waitFor(60, TimeUnit.SECONDS);
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            if (!done || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
