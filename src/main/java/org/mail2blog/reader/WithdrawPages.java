package org.mail2blog.reader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.mail2blog.withdraw.WithdrawOutcome;
import org.mail2blog.withdraw.Withdrawable;
import org.mail2blog.withdraw.Withdrawals;
import org.mail2blog.support.Paragraphs;
import org.mail2blog.support.Texts;

/**
 * The pages behind a withdraw link: {@link #show} for the link itself (a GET never changes
 * anything, so link scanners that open every link withdraw nothing) and {@link #withdraw} for the
 * confirm button. An unknown token is empty: the caller answers with the not-found page. Thread-safe.
 */
public final class WithdrawPages {
    private final Withdrawals withdrawals;
    private final Texts texts;
    private final ZoneId zone;
    private final DateTimeFormatter dayAndTime;

    public WithdrawPages(Withdrawals withdrawals, Texts texts, ZoneId zone) {
        this.withdrawals = withdrawals;
        this.texts = texts;
        this.zone = zone;
        this.dayAndTime = DateTimeFormatter.ofPattern(texts.get("date.day-and-time"), texts.locale());
    }

    /** The confirm page, or the gone page when there is nothing left to withdraw. */
    public Optional<WithdrawView> show(String token) {
        return withdrawals.findByToken(token)
                .map(letter -> letter.isGone() ? gone(letter, false) : confirm(token, letter));
    }

    /** Withdraws the letter and says so, or says it was gone already. */
    public Optional<WithdrawView> withdraw(String token) {
        Optional<Withdrawable> letter = withdrawals.findByToken(token);
        if (letter.isEmpty()) {
            return Optional.empty();
        }
        WithdrawOutcome outcome = withdrawals.withdraw(token);
        return switch (outcome) {
            case WITHDRAWN -> Optional.of(gone(letter.get(), true));
            case ALREADY_GONE -> Optional.of(gone(letter.get(), false));
            case NOT_FOUND -> Optional.empty();
        };
    }

    private WithdrawView confirm(String token, Withdrawable letter) {
        String writtenAt = dayAndTime.format(letter.writtenAt().atZoneSameInstant(zone));
        return new WithdrawPage(token, letter.authorName(), writtenAt, letter.writtenAt().toString(),
                Paragraphs.of(letter.body()), letter.state() == Withdrawable.LetterStatus.PUBLISHED,
                letter.conversationSlug().isPresent(), letter.conversationTitle().orElse(""));
    }

    private WithdrawView gone(Withdrawable letter, boolean isJustWithdrawn) {
        return letter.conversationSlug()
                .map(slug -> new WithdrawnPage(isJustWithdrawn, "/t/" + URLEncoder.encode(slug, StandardCharsets.UTF_8),
                        texts.get("withdrawn.back")))
                .orElseGet(() -> new WithdrawnPage(isJustWithdrawn, "/", texts.get("notfound.home")));
    }
}
