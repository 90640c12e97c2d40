package org.mail2blog.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * A fingerprint of a folder's files (their count, sizes and newest modification time), looked at
 * again at most once per interval: it changes when the blogger edits, adds or removes a template,
 * about as soon as the template engine itself re-reads it. Thread-safe.
 */
public final class FolderStamp {
    private final Path folder;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private long checkedAt;
    private boolean checked;
    private String stamp = "";

    public FolderStamp(Path folder, Duration interval, LongSupplier nanoTime) {
        this.folder = folder;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The current fingerprint; unreadable files give a fresh one each time, so nothing is kept. */
    public synchronized String current() {
        long now = nanoTime.getAsLong();
        if (!checked || now - checkedAt >= intervalNanos) {
            checked = true;
            checkedAt = now;
            stamp = scan(now);
        }
        return stamp;
    }

    private String scan(long now) {
        long[] sums = new long[3];
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    sums[0]++;
                    sums[1] += Files.size(file);
                    sums[2] = Math.max(sums[2], Files.getLastModifiedTime(file).toMillis());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return "unreadable-" + now;
        }
        return sums[0] + "." + sums[1] + "." + sums[2];
    }
}
