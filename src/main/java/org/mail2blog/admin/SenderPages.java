package org.mail2blog.admin;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mail2blog.sender.SenderDecision;
import org.mail2blog.sender.SenderDecisions;
import org.mail2blog.sender.SenderHistory;
import org.mail2blog.sender.SenderStatus;
import org.mail2blog.moderation.SpamLetter;
import org.mail2blog.moderation.SpamLetters;

/** Builds the view model of the senders and spam page. Thread-safe. */
public final class SenderPages {
    /** How many lines of a spam letter's text the page shows. */
    static final int EXCERPT_LINES = 3;
    /** How many characters of each of those lines. */
    static final int EXCERPT_LINE_LENGTH = 160;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final SenderHistory.Counts NONE = new SenderHistory.Counts(0, 0, 0);
    private final SenderDecisions decisions;
    private final SpamLetters spam;
    private final SenderHistory history;
    private final ZoneId zone;

    public SenderPages(SenderDecisions decisions, SpamLetters spam, SenderHistory history, ZoneId zone) {
        this.decisions = decisions;
        this.spam = spam;
        this.history = history;
        this.zone = zone;
    }

    /** The page, with the notice of the admin's last action on it (blank for none). */
    public SendersPage page(String admin, String csrfToken, String notice) {
        Map<String, SenderHistory.Counts> counts = history.ofDecidedSenders();
        List<SendersPage.Sender> trusted = new ArrayList<>();
        List<SendersPage.Sender> banned = new ArrayList<>();
        for (SenderDecision d : decisions.list(SendersPage.SHOWN)) {
            SenderHistory.Counts c = counts.getOrDefault(d.address(), NONE);
            SendersPage.Sender sender = new SendersPage.Sender(d.address(), d.decidedBy(), format(d.decidedAt()),
                    c.published(), c.rejected(), c.spam());
            (d.status() == SenderStatus.TRUSTED ? trusted : banned).add(sender);
        }
        return new SendersPage(admin, csrfToken, notice, trusted, banned, decisions.count(),
                spam.list(SendersPage.SHOWN).stream().map(this::spam).toList(), spam.count());
    }

    private SendersPage.Spam spam(SpamLetter s) {
        return new SendersPage.Spam(s.id(), s.messageKey(), format(s.writtenAt()), format(s.setAsideAt()),
                s.setAsideBy(), s.fromName(), s.fromAddress(), s.subject(), s.conversationTitle().orElse(""),
                firstLines(s.body()), s.isSenderBanned());
    }

    /**
     * The first {@value #EXCERPT_LINES} lines of {@code text} that are not blank, each stripped and
     * cut to {@value #EXCERPT_LINE_LENGTH} characters (with "…" where something was cut).
     */
    static List<String> firstLines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(EXCERPT_LINES)
                .map(l -> l.length() > EXCERPT_LINE_LENGTH ? l.substring(0, EXCERPT_LINE_LENGTH) + "\u2026" : l)
                .toList();
    }

    private String format(OffsetDateTime time) {
        return WHEN.format(time.atZoneSameInstant(zone));
    }
}
