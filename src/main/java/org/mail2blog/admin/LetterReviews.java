package org.mail2blog.admin;

import java.time.format.DateTimeFormatter;

import org.jdbi.v3.core.Jdbi;
import org.mail2blog.moderation.LetterSource;
import org.mail2blog.moderation.LetterSources;
import org.mail2blog.moderation.QueueItem;
import org.mail2blog.sender.SenderHistory;
import org.mail2blog.support.Paragraphs;

/** Builds the {@link Review} of a pending letter. Thread-safe. */
public final class LetterReviews {
    private final LetterSources sources;
    private final SenderHistory history;
    private final OriginalMails originals;
    private final DateTimeFormatter letterDates;
    private final long largeMailBytes;

    /**
     * @param originals      reads the stored mail again
     * @param letterDates    the letter date format of the conversation page, in the blog's zone
     * @param largeMailBytes a raw mail over this size is flagged large
     */
    public LetterReviews(Jdbi jdbi, OriginalMails originals, DateTimeFormatter letterDates, long largeMailBytes) {
        this.sources = new LetterSources(jdbi);
        this.history = new SenderHistory(jdbi);
        this.originals = originals;
        this.letterDates = letterDates;
        this.largeMailBytes = largeMailBytes;
    }

    public Review review(QueueItem item) {
        LetterSource source = sources.find(item.id()).orElseThrow(() -> new IllegalStateException(
                "letter " + item.id() + " has no stored mail; every letter is read from one"));
        Review.Original original = originals.read(source.messageKey(), item.body(), item.removed());
        Review.Flags flags = new Review.Flags(source.sizeBytes() > largeMailBytes, ByteSizes.format(source.sizeBytes()),
                !original.files().isEmpty(), source.warnings());
        return new Review(source.messageKey(), letter(item), original, flags, history.of(item.fromAddress()));
    }

    private Review.Letter letter(QueueItem item) {
        return new Review.Letter(item.id(), item.fromName(), letterDates.format(item.writtenAt()),
                item.writtenAt().toString(), Paragraphs.of(item.body()));
    }
}
