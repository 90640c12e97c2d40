package org.mail2blog.importer;

import java.time.Duration;
import java.util.Locale;

/**
 * How an import went so far: mails filed as new letters, mails already stored before (from an
 * earlier import or from the mailbox), mails that could not be read and went to the quarantine.
 *
 * @param elapsed time since the import began
 */
public record ImportCounts(int imported, int duplicates, int quarantined, Duration elapsed) {

    /** Every mail looked at. */
    public int messages() {
        return imported + duplicates + quarantined;
    }

    /** Mails per second so far (0 before any time has passed). */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : messages() / seconds;
    }

    /**
     * The summary line, a stable format for scripts:
     * {@code imported N, duplicates N, quarantined N (N messages in S.S s, N messages/s)}.
     */
    public String summary() {
        return String.format(Locale.ROOT, "imported %d, duplicates %d, quarantined %d (%d messages in %.1f s, %.0f messages/s)",
                imported, duplicates, quarantined, messages(), elapsed.toNanos() / 1e9, rate());
    }

    ImportCounts with(Outcome outcome, Duration now) {
        return new ImportCounts(imported + (outcome == Outcome.IMPORTED ? 1 : 0),
                duplicates + (outcome == Outcome.DUPLICATE ? 1 : 0),
                quarantined + (outcome == Outcome.QUARANTINED ? 1 : 0), now);
    }

    /** What became of one mail. */
    enum Outcome { IMPORTED, DUPLICATE, QUARANTINED }
}
