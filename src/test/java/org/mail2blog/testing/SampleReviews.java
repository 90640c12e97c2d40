package org.mail2blog.testing;

import java.util.List;

import org.mail2blog.admin.CutLines;
import org.mail2blog.admin.MailHtmlSanitizer;
import org.mail2blog.admin.Review;
import org.mail2blog.sender.SenderHistory;
import org.mail2blog.support.Paragraphs;

/** Sample {@link Review}s for template tests: a plain-text mail by default, with parts to vary. */
public final class SampleReviews {
    private static final MailHtmlSanitizer SANITIZER = new MailHtmlSanitizer();

    private SampleReviews() {
    }

    /** A plain-text mail from Åsa whose text is {@code body}, nothing cut, nothing flagged, first letter. */
    public static Review plain(long id, String body) {
        return review(id, body, original(body, "", List.of(), List.of()), flags(false, List.of()));
    }

    public static Review review(long id, String body, Review.Original original, Review.Flags flags) {
        return review(id, body, original, flags, new SenderHistory.Counts(0, 0, 0));
    }

    public static Review review(long id, String body, Review.Original original, Review.Flags flags,
                                SenderHistory.Counts history) {
        return new Review(100 + id, new Review.Letter(id, "Åsa Öberg", "12 juli 2011 kl. 08:30",
                "2011-07-12T08:30+02:00", Paragraphs.of(body)), original, flags, history);
    }

    /** An original with a text part, an HTML part (sanitised here), attachments and aligned cut lines. */
    public static Review.Original original(String text, String html, List<Review.File> files,
                                           List<CutLines.Line> cutLines) {
        return new Review.Original("", true, text, SANITIZER.sanitize(html), files, cutLines, !cutLines.isEmpty(), "");
    }

    public static Review.Flags flags(boolean isLarge, List<String> warnings) {
        return new Review.Flags(isLarge, isLarge ? "2.4 MB" : "1.2 kB", false, warnings);
    }
}
