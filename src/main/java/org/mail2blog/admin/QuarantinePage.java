package org.mail2blog.admin;

import java.util.List;

/**
 * The mails that did not become letters: those in quarantine (could not be read; each can be
 * replayed) and the automatic ones set aside (out-of-office, bounces, list traffic, "follow"), the
 * newest first, at most {@value #SHOWN} of each.
 *
 * @param quarantinedCount how many are in quarantine in all
 * @param ignoredCount     how many were set aside in all
 */
public record QuarantinePage(String admin, String csrfToken, List<Mail> quarantined, int quarantinedCount,
                             List<Mail> ignored, int ignoredCount, String notice) {
    /** The most mails of each kind the page lists. */
    public static final int SHOWN = 100;

    public QuarantinePage {
        quarantined = List.copyOf(quarantined);
        ignored = List.copyOf(ignored);
    }

    /**
     * One stored mail that was not read into a letter, and why.
     *
     * @param key        the archive key (raw download: {@code /admin/messages/{key}/raw})
     * @param messageId  its Message-ID without angle brackets; empty when it has none
     * @param receivedAt when it was stored, in the blog's zone
     * @param reason     the reason code (NO_SENDER, UNEXPECTED_ERROR, AUTO_REPLY, …)
     * @param detail     the error or the rule that matched
     * @param size       the raw size, e.g. "2.1 kB"
     */
    public record Mail(long key, String messageId, String receivedAt, String reason, String detail, String size) {
    }
}
