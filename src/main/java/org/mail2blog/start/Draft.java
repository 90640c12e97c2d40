package org.mail2blog.start;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mail2blog.exchange.Letter;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.moderation.ImportedLetter;
import org.mail2blog.thread.Subjects;

/**
 * What an admin's mail says about the conversation it starts: the subject without reply and forward
 * prefixes is the title, the admin's own words are the intro, and the letters of a forwarded
 * exchange (oldest first) are its first letters.
 *
 * @param title   the title, at most {@value #MAX_TITLE} characters; may be empty when the subject was
 * @param intro   the admin's own trimmed words; may be empty (a bare forward)
 * @param letters the embedded letters, oldest first; empty unless the mail forwarded an exchange
 */
public record Draft(String title, String intro, List<ImportedLetter> letters) {
    /** The width of the title column. */
    public static final int MAX_TITLE = 300;

    public Draft {
        letters = List.copyOf(letters);
    }

    /**
     * Reads the draft from the mail and the letters {@code ExchangeExtractor} found in it (oldest first).
     * The admin's own note is the letter written by the mail's sender at the mail's date; the
     * extractor puts it last, and only when it has words of its own.
     */
    public static Draft of(ParsedMessage mail, List<Letter> extracted) {
        String title = Subjects.withoutPrefixes(mail.subject());
        title = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE).strip() : title;
        List<Letter> embedded = new ArrayList<>(extracted);
        String intro = "";
        if (!embedded.isEmpty() && isNote(embedded.get(embedded.size() - 1), mail)) {
            intro = embedded.remove(embedded.size() - 1).body();
        }
        OffsetDateTime fallback = mail.date().orElseGet(OffsetDateTime::now);
        List<ImportedLetter> letters = new ArrayList<>();
        for (int i = 0; i < embedded.size(); i++) {
            Letter letter = embedded.get(i);
            letters.add(new ImportedLetter(letter.authorName(), letter.authorAddress(),
                    dateNear(embedded, i).orElse(fallback), letter.body()));
        }
        return new Draft(title, intro, letters);
    }

    private static boolean isNote(Letter letter, ParsedMessage mail) {
        return letter.authorAddress().equalsIgnoreCase(mail.fromAddress()) && letter.date().equals(mail.date());
    }

    /**
     * The letter's own date; for a letter whose date the quoting client did not print readably, the
     * date of the nearest earlier letter, else of the nearest later one. Letters with the same date
     * keep their order on the page, so the exchange's order survives.
     */
    private static Optional<OffsetDateTime> dateNear(List<Letter> letters, int index) {
        for (int i = index; i >= 0; i--) {
            if (letters.get(i).date().isPresent()) {
                return letters.get(i).date();
            }
        }
        return letters.subList(index, letters.size()).stream().map(Letter::date).flatMap(Optional::stream)
                .findFirst();
    }
}
