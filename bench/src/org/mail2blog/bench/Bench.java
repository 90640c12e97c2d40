package org.mail2blog.bench;

import java.util.List;
import java.util.function.Supplier;

/**
 * A small benchmark runner: warms each case up, then times repeated runs and prints the median and
 * the worst run. No JMH here on purpose: the cases are whole operations (milliseconds), where a
 * median over many runs after warm-up is a fair figure; run on an otherwise idle machine.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "all" : args[0];
        System.out.printf("mail2blog benchmarks on %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        if (which.equals("all") || which.equals("reading")) {
            ReadingBench.run();
        }
        if (which.equals("all") || which.equals("pages")) {
            PagesBench.run();
        }
        if (which.equals("all") || which.equals("import")) {
            ImportBench.run();
        }
    }

    /** Times {@code task} and prints one line: median and max per run, over {@code runs} runs. */
    static void time(String name, int warmups, int runs, Supplier<?> task) {
        for (int i = 0; i < warmups; i++) {
            consume(task.get());
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            consume(task.get());
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("  %-58s median %9.3f ms   max %9.3f ms   (%d runs)%n", name,
                nanos[runs / 2] / 1e6, nanos[runs - 1] / 1e6, runs);
    }

    private static int sink;

    private static void consume(Object value) {
        sink += value == null ? 0 : value.hashCode() & 1;
    }

}
