package org.mail2blog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.mail2blog.mime.MessageRejected;
import org.mail2blog.mime.MimeParser;
import org.mail2blog.trim.ReplyTrimmer;

/**
 * Reading mail: the trimmer on adversarial 1 MB bodies (it must stay linear: no pattern may
 * backtrack catastrophically) and parse + trim throughput over every fixture mail of the test suite.
 */
final class ReadingBench {
    private static final int MB = 1 << 20;
    private static final ReplyTrimmer TRIMMER = new ReplyTrimmer();
    private static final MimeParser PARSER = new MimeParser();

    private ReadingBench() {
    }

    static void run() throws IOException {
        System.out.println("Trimming adversarial 1 MB bodies:");
        adversarial().forEach((name, body) -> Bench.time(name, 3, 15, () -> TRIMMER.trim(body)));
        System.out.println("Linearity: the same line-heavy bodies at 1, 2 and 4 MB (time should double with size):");
        for (int mb = 1; mb <= 4; mb *= 2) {
            String lines = "From: x@example.com\nDen 11 juli 2011 skrev Roger Lind\n> > citat\n-- \n".repeat(mb * MB / 64);
            Bench.time(mb + " MB of mixed marker lines", 3, 15, () -> TRIMMER.trim(lines));
        }
        List<byte[]> mails = fixtureMails();
        System.out.printf("Parse + trim, all %d fixture mails of src/test/resources/mail (one pass per run):%n",
                mails.size());
        int[] total = {0};
        Bench.time("parse + trim every fixture mail", 20, 50, () -> {
            for (byte[] raw : mails) {
                try {
                    total[0] += TRIMMER.trim(PARSER.parse(raw).text()).kept().length();
                } catch (MessageRejected rejected) {
                    total[0]++;
                }
            }
            return total[0];
        });
        long start = System.nanoTime();
        int rounds = 200;
        for (int i = 0; i < rounds; i++) {
            for (byte[] raw : mails) {
                try {
                    total[0] += TRIMMER.trim(PARSER.parse(raw).text()).kept().length();
                } catch (MessageRejected rejected) {
                    total[0]++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  throughput: %.0f messages/s (single thread, %d messages)%n",
                rounds * mails.size() / seconds, rounds * mails.size());
    }

    private static java.util.Map<String, String> adversarial() {
        java.util.Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("one 1 MB line, no newline", "a".repeat(MB));
        bodies.put("one 1 MB line of 'On On On … wrote'", "On ".repeat(MB / 3) + "wrote:");
        bodies.put("1 MB of '>' nested thousands deep, 1 000 lines", (">".repeat(MB / 1000) + " x\n").repeat(1000));
        bodies.put("1 MB of 'From: x' lines", "From: x@example.com\n".repeat(MB / 20));
        bodies.put("1 MB of 'Den … skrev' lines without colon", "Den 11 juli 2011 skrev Roger Lind\n".repeat(MB / 34));
        bodies.put("1 MB of '-- ' and dashes", "-- \n--\n- - - -\n".repeat(MB / 16));
        bodies.put("1 MB of prose with one attribution at the end",
                "Hej! Det här är en vanlig rad med text, åäö och lite mer.\n".repeat(MB / 60)
                        + "Den 11 juli 2011 kl. 09:14 skrev Roger <r@example.com>:\n> gammalt\n");
        return bodies;
    }

    private static List<byte[]> fixtureMails() throws IOException {
        List<byte[]> mails = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "resources", "mail"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                mails.add(Files.readAllBytes(file));
            }
        }
        return mails;
    }
}
