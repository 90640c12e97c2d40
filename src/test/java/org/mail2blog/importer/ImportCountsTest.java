package org.mail2blog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ImportCountsTest {
    private final ImportCounts counts = new ImportCounts(998, 0, 2, Duration.ofMillis(3100));

    @Test
    void summaryHasTheDocumentedFormat() {
        assertThat(counts.summary())
                .isEqualTo("imported 998, duplicates 0, quarantined 2 (1000 messages in 3.1 s, 323 messages/s)");
    }

    @Test
    void progressLineSaysCountShareOfTheInputAndRate() {
        assertThat(ProgressLine.of(counts, 1_200_000, 3_400_000))
                .isEqualTo("1000 messages, 1.2 of 3.4 MB (35%), 323 messages/s");
    }

    @Test
    void rateIsZeroBeforeAnyTimeHasPassed() {
        assertThat(new ImportCounts(0, 0, 0, Duration.ZERO).rate()).isZero();
    }
}
