package org.mail2blog.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.mail2blog.app.Cli;
import org.mail2blog.app.CliLogging;
import org.mail2blog.importer.MailFiles;
import org.mail2blog.importer.MailSource;
import org.mail2blog.importer.SourceMail;

/**
 * {@code ./mail2blog import} on a generated 1,000-message mbox (see {@link ExchangeMbox}), twice,
 * into a fresh H2 file database, through the real command line code: prints both summaries and the
 * rate of each run, and the heap it took. Then streams a 20,000-message mbox through the reader
 * alone, to show its memory does not grow with the file.
 * <p>Heap figures: "live" is the most heap in use right after any garbage collection during the run
 * (what the run kept reachable, measured by the JVM's GC notifications); "peak used" is the sum of
 * the heap pools' peaks, which also counts garbage not yet collected and so depends on the heap size.
 */
final class ImportBench {
    private static final AtomicLong liveAfterGc = new AtomicLong();

    private ImportBench() {
    }

    static void run() throws Exception {
        CliLogging.warningsToStderr();
        watchCollections();
        Path dir = Files.createTempDirectory(Path.of("target"), "bench-import-");
        Path mbox = dir.resolve("exchange.mbox");
        ExchangeMbox.write(mbox, 1000, 2);
        System.setProperty("mail2blog.db.url", "jdbc:h2:file:" + dir.resolve("mail2blog").toAbsolutePath()
                + ";AUTO_SERVER=TRUE");
        System.out.printf("Import: %d-message mbox (%.1f MB) into a fresh H2 file database, twice:%n", 1000,
                Files.size(mbox) / 1e6);
        for (int run = 1; run <= 2; run++) {
            importOnce(run, mbox);
        }
        Path large = dir.resolve("large.mbox");
        ExchangeMbox.write(large, 20_000, 0);
        System.out.printf("Reading only: %d-message mbox (%.1f MB) through the import's reader:%n", 20_000,
                Files.size(large) / 1e6);
        readOnly(large);
        System.out.println("  (files and database left in " + dir + ")");
    }

    private static void importOnce(int run, Path mbox) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        resetHeapPeaks();
        long start = System.nanoTime();
        int code = new Cli(new PrintStream(captured, true, StandardCharsets.UTF_8), System.err)
                .run(new String[] {"import", mbox.toString(), "--new", "Gården – bänkprov"});
        double seconds = (System.nanoTime() - start) / 1e9;
        String stdout = captured.toString(StandardCharsets.UTF_8).strip();
        System.out.printf("  run %d: exit %d, whole command %.2f s (opening the database included)%n", run, code, seconds);
        stdout.lines().forEach(line -> System.out.println("    " + line));
        printHeap();
    }

    private static void readOnly(Path mbox) throws IOException {
        resetHeapPeaks();
        long start = System.nanoTime();
        long bytes = 0;
        int count = 0;
        try (MailSource source = MailFiles.open(List.of(mbox))) {
            for (Optional<SourceMail> m = source.next(); m.isPresent(); m = source.next()) {
                bytes += m.get().raw().length;
                count++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %d messages, %.1f MB in %.2f s (%.0f messages/s)%n", count, bytes / 1e6, seconds,
                count / seconds);
        printHeap();
    }

    private static void printHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("    heap: live after GC at most %.1f MB, peak used %.1f MB (max heap %.0f MB)%n",
                liveAfterGc.get() / 1e6, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static void resetHeapPeaks() {
        System.gc();
        liveAfterGc.set(0);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Records the heap in use after each collection (all heap pools together). */
    private static void watchCollections() {
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                liveAfterGc.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }
}
