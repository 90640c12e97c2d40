package org.mail2blog.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jdbi.v3.core.Jdbi;
import org.mail2blog.cache.SharedDataVersion;
import org.mail2blog.importer.ImportCounts;
import org.mail2blog.importer.ImportListener;
import org.mail2blog.importer.ProgressLine;

/**
 * An import's progress on stderr: on a terminal one line redrawn at most ten times a second,
 * otherwise a plain line every {@value #LINE_EVERY} messages. It also announces new letters in the
 * shared data version at most once a second and at the end, so a running service drops the pages it
 * cached. Not thread-safe.
 */
final class ImportProgress implements ImportListener {
    static final int LINE_EVERY = 100;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long ANNOUNCE_NANOS = 1_000_000_000L;
    private final PrintStream err;
    private final boolean isTerminal;
    private final Jdbi jdbi;
    private int imported;
    private int announced;
    private long announcedAt = System.nanoTime();
    private long drawnAt;
    private boolean drawn;
    private String last = "";

    ImportProgress(PrintStream err, boolean isTerminal, Jdbi jdbi) {
        this.err = err;
        this.isTerminal = isTerminal;
        this.jdbi = jdbi;
    }

    @Override
    public void progressed(ImportCounts counts, long bytesRead, long sizeBytes) {
        imported = counts.imported();
        if (imported > announced && System.nanoTime() - announcedAt >= ANNOUNCE_NANOS) {
            announce();
        }
        if (isTerminal) {
            last = "\rimporting: " + ProgressLine.of(counts, bytesRead, sizeBytes) + "\033[K";
            long now = System.nanoTime();
            if (!drawn || now - drawnAt >= REDRAW_NANOS) {
                drawn = true;
                drawnAt = now;
                err.print(last);
                err.flush();
            }
        } else if (counts.messages() % LINE_EVERY == 0) {
            err.println("importing: " + ProgressLine.of(counts, bytesRead, sizeBytes));
        }
    }

    /** Draws the final state and ends the redrawn line, so what follows starts on a line of its own. */
    void finish() {
        if (imported > announced) {
            announce();
        }
        if (isTerminal && drawn) {
            err.println(last);
        }
    }

    private void announce() {
        SharedDataVersion.announce(jdbi);
        announced = imported;
        announcedAt = System.nanoTime();
    }

    /**
     * True when stderr is a terminal. On Linux its file descriptor says so exactly; elsewhere a
     * console (stdin and stdout on a terminal) is the best guess Java 17 allows.
     */
    static boolean isStderrTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }
}
