package org.mail2blog.admin;

import java.util.List;

/**
 * The admin's page of senders and spam: the trusted and the banned addresses (each can be
 * forgotten), and the letters set aside as spam, newest first (each can be put back in the queue).
 * Shows sender addresses: admins only.
 *
 * @param decisionCount how many addresses are trusted or banned in all ({@code trusted} and
 *                      {@code banned} hold at most {@link #SHOWN} of them together)
 * @param spamCount     how many letters are spam in all ({@code spam} holds at most {@link #SHOWN})
 */
public record SendersPage(String admin, String csrfToken, String notice, List<Sender> trusted, List<Sender> banned,
                          int decisionCount, List<Spam> spam, int spamCount) {
    /** The most senders, and the most spam letters, the page lists. */
    public static final int SHOWN = 500;

    public SendersPage {
        trusted = List.copyOf(trusted);
        banned = List.copyOf(banned);
        spam = List.copyOf(spam);
    }

    /** True when some decisions are not listed. */
    public boolean isDecisionsCut() {
        return decisionCount > trusted.size() + banned.size();
    }

    /**
     * One trusted or banned address.
     *
     * @param decidedAt when, in the blog's zone
     * @param published how many of its letters are published; {@code rejected} and {@code spam} likewise
     */
    public record Sender(String address, String decidedBy, String decidedAt, int published, int rejected,
                         int spam) {
    }

    /**
     * One spam letter.
     *
     * @param messageKey     the stored mail (raw download: {@code /admin/messages/{messageKey}/raw})
     * @param writtenAt      the mail's date, in the blog's zone
     * @param setAsideAt     when it became spam, in the blog's zone
     * @param setAsideBy     an admin's name, {@code api}, or {@code ban} (its sender was banned)
     * @param conversation   the conversation's title; empty when it matched none
     * @param firstLines     the first lines of its text, shortened
     * @param isSenderBanned true while its sender is still banned
     */
    public record Spam(long id, long messageKey, String writtenAt, String setAsideAt, String setAsideBy,
                       String fromName, String fromAddress, String subject, String conversation,
                       List<String> firstLines, boolean isSenderBanned) {
        public Spam {
            firstLines = List.copyOf(firstLines);
        }

        /** True when the ban, not an admin, set it aside. */
        public boolean isByBan() {
            return "ban".equals(setAsideBy);
        }
    }
}
