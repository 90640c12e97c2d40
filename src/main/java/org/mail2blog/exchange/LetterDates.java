package org.mail2blog.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that mail clients print above quoted and forwarded letters, in English and
 * Swedish: "Mon, 11 Jul 2011 09:14:00 +0200" (RFC 5322, Apple), "Mon, Jul 11, 2011 at 9:14 AM"
 * (Gmail en), "mån 11 juli 2011 kl 09:14" (Gmail sv), "den 11 juli 2011 kl. 09:14", "måndag den 11
 * juli 2011 09:14" (Outlook sv), "Monday, July 11, 2011 9:14 AM" (Outlook en), "11 July 2011 at
 * 09:14:00 CEST" (Apple) and "2011-07-11 09:14". The date is read piece by piece (an ISO date, a
 * zone, a time, then day + month name + year), so the order of the pieces and the filler
 * words ("at", "kl.", "den", day names) do not matter. Without a zone the reader's zone is used;
 * without a time, midnight. Purely numeric dates such as "7/11/11" are ambiguous between
 * clients and are not read. Immutable and thread-safe.
 */
final class LetterDates {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:T(?=\\d))?");
    private static final Pattern OFFSET = Pattern.compile("(?:^|\\s|(?<=\\d{2}))(?:GMT|UTC)?([+-])(\\d{1,2}):?(\\d{2})?(?=\\s|$|\\))", FLAGS);
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d.:])(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?![\\d:]|\\.\\d)\\s*(?:([ap])\\.?m\\.?(?!\\p{L}))?", FLAGS);
    private static final Pattern WORD = Pattern.compile("\\p{L}+|\\d+", FLAGS);
    /** Month names and abbreviations, English and Swedish, lower-case. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("januari", 1),
            Map.entry("feb", 2), Map.entry("february", 2), Map.entry("februari", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("mars", 3),
            Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("maj", 5),
            Map.entry("jun", 6), Map.entry("june", 6), Map.entry("juni", 6),
            Map.entry("jul", 7), Map.entry("july", 7), Map.entry("juli", 7),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("augusti", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("october", 10), Map.entry("oktober", 10),
            Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("december", 12));
    /** Zone abbreviations the clients print (Apple Mail, Outlook, RFC 5322 §4.3). */
    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
            Map.entry("gmt", ZoneOffset.UTC), Map.entry("utc", ZoneOffset.UTC), Map.entry("ut", ZoneOffset.UTC),
            Map.entry("z", ZoneOffset.UTC), Map.entry("bst", ZoneOffset.ofHours(1)),
            Map.entry("cet", ZoneOffset.ofHours(1)), Map.entry("cest", ZoneOffset.ofHours(2)),
            Map.entry("eet", ZoneOffset.ofHours(2)), Map.entry("eest", ZoneOffset.ofHours(3)),
            Map.entry("est", ZoneOffset.ofHours(-5)), Map.entry("edt", ZoneOffset.ofHours(-4)),
            Map.entry("cst", ZoneOffset.ofHours(-6)), Map.entry("cdt", ZoneOffset.ofHours(-5)),
            Map.entry("mst", ZoneOffset.ofHours(-7)), Map.entry("mdt", ZoneOffset.ofHours(-6)),
            Map.entry("pst", ZoneOffset.ofHours(-8)), Map.entry("pdt", ZoneOffset.ofHours(-7)));

    private final ZoneId zone;

    /** Dates without a zone are read in {@code zone}. */
    LetterDates(ZoneId zone) {
        this.zone = zone;
    }

    /** The date in {@code printed}, or empty when it holds no day, month and year we can read. */
    Optional<OffsetDateTime> parse(String printed) {
        StringBuilder rest = new StringBuilder(" " + printed.replaceAll("\\([^()]*\\)", " ") + " ");
        Optional<LocalDate> iso = isoDate(rest);
        Optional<ZoneOffset> offset = offset(rest);
        Optional<LocalTime> time = time(rest);
        Optional<LocalDate> day = iso.or(() -> namedDate(rest.toString()));
        if (day.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime local = day.get().atTime(time.orElse(LocalTime.MIDNIGHT));
        return Optional.of(offset.map(o -> local.atOffset(o))
                .orElseGet(() -> local.atZone(zone).toOffsetDateTime()));
    }

    private static Optional<LocalDate> isoDate(StringBuilder text) {
        Matcher iso = ISO_DATE.matcher(text);
        if (!iso.find()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = date(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3));
        text.replace(iso.start(), iso.end(), " ");
        return date;
    }

    /** A month name, the first number of one or two digits as the day and the first of four as the year. */
    private static Optional<LocalDate> namedDate(String text) {
        List<String> words = WORD.matcher(text).results().map(word -> word.group().toLowerCase(Locale.ROOT)).toList();
        Optional<Integer> month = words.stream().filter(MONTHS::containsKey).findFirst().map(MONTHS::get);
        Optional<String> day = words.stream().filter(word -> word.matches("\\d{1,2}")).findFirst();
        Optional<String> year = words.stream().filter(word -> word.matches("\\d{4}")).findFirst();
        if (month.isEmpty() || day.isEmpty() || year.isEmpty()) {
            return Optional.empty();
        }
        return date(year.get(), month.get(), day.get());
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> time(StringBuilder text) {
        Matcher time = TIME.matcher(text);
        if (!time.find()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(time.group(1));
        if (time.group(4) != null) {
            hour = hour % 12 + (time.group(4).equalsIgnoreCase("p") ? 12 : 0);
        }
        int second = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
        int minute = Integer.parseInt(time.group(2));
        text.replace(time.start(), time.end(), " ");
        try {
            return Optional.of(LocalTime.of(hour, minute, second));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /** A numeric offset ("+0200", "GMT+2", "UTC+02:00") or a zone abbreviation ("CEST"). */
    private static Optional<ZoneOffset> offset(StringBuilder text) {
        Matcher numeric = OFFSET.matcher(text);
        if (numeric.find()) {
            int hours = Integer.parseInt(numeric.group(2));
            int minutes = numeric.group(3) == null ? 0 : Integer.parseInt(numeric.group(3));
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            text.replace(numeric.start(), numeric.end(), " ");
            return hours > 18 || minutes > 59 ? Optional.empty()
                    : Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            ZoneOffset named = ZONES.get(word.group().toLowerCase(Locale.ROOT));
            if (named != null) {
                return Optional.of(named);
            }
        }
        return Optional.empty();
    }
}
