package org.mail2blog.exchange;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the letters of one exchange in the order they were written. They are found newest first
 * (each letter quotes or forwards the one before), so that order is reversed; then, when every
 * letter has a date, they are sorted by it, which also orders letters forwarded side by side
 * (Gmail's "forward all", several attached messages). The same letter found twice (an attached
 * message that another attachment also quotes) is kept once: same writer, same words, same minute.
 * Of the copies the one with seconds in its date is kept, since only a Date header has them
 * (forwarded-as-attachment).
 */
final class Chronology {
    private Chronology() {
    }

    static List<Letter> oldestFirst(List<Letter> newestFirst) {
        List<Letter> letters = new ArrayList<>(newestFirst);
        Collections.reverse(letters);
        if (letters.stream().allMatch(letter -> letter.date().isPresent())) {
            letters.sort(Comparator.comparing(letter -> letter.date().orElseThrow().toInstant()));
        }
        Map<List<Object>, Letter> unique = new LinkedHashMap<>();
        letters.forEach(letter -> unique.merge(identity(letter), letter,
                (kept, copy) -> isExact(copy) && !isExact(kept) ? copy : kept));
        return List.copyOf(unique.values());
    }

    private static List<Object> identity(Letter letter) {
        Optional<Object> minute = letter.date().map(date -> date.toInstant().truncatedTo(ChronoUnit.MINUTES));
        return List.of(letter.authorAddress().isEmpty() ? letter.authorName() : letter.authorAddress(),
                letter.body().replaceAll("\\s+", " ").strip(), minute);
    }

    private static boolean isExact(Letter letter) {
        return letter.date().map(date -> date.getSecond() != 0 || date.getNano() != 0).orElse(false);
    }
}
