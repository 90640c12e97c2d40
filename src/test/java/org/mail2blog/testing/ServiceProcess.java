package org.mail2blog.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ./mail2blog run} from the packaged jar ({@code target/mail2blog.jar}, built before failsafe
 * runs) as its own JVM, with this checkout's config, routes and templates and the given settings as
 * {@code -D} properties. Its output goes to a log file, never to the test runner's pipes; {@link #close}
 * ends it for sure.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final Path log;
    private final int webPort;

    private ServiceProcess(Process process, Path log, int webPort) {
        this.process = process;
        this.log = log;
        this.webPort = webPort;
    }

    /** Starts the service on a free web port; {@code settings} are mail2blog keys and values. */
    public static ServiceProcess start(Path log, Map<String, String> settings) throws IOException {
        Path jar = Path.of("target", "mail2blog.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the end-to-end tests through mvn verify");
        }
        int webPort = Ports.free();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-Dmail2blog.web.port=" + webPort));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString(), "run"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(name -> name.startsWith("MAIL2BLOG_"));
        return new ServiceProcess(builder.start(), log, webPort);
    }

    public Http http() {
        return new Http("http://127.0.0.1:" + webPort);
    }

    /** What {@code GET /health} answers; empty while the service is not (or no longer) up. */
    public Optional<JsonNode> health() {
        if (!process.isAlive()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(http().get("/health").body()));
        } catch (IOException | UncheckedIOException notUpYet) {
            return Optional.empty();
        }
    }

    /** True when {@code /health} answers that this instance leads. */
    public boolean isLeader() {
        return health().map(h -> h.get("leader").asBoolean()).orElse(false);
    }

    /** Everything the service has printed so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the JVM at once, as {@code kill -9} would: no shutdown hook, no lock released by the service itself. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the service process did not end after SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
