package org.mail2blog.blog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The URL names of conversations ({@code /t/{slug}}): lower-case ASCII letters, digits and single
 * dashes, made from the title. Swedish letters lose their dots and rings (å, ä → a, ö → o), as do
 * other accented letters; letters with no such base (æ, ø, ß) are spelled out. Pure and thread-safe.
 */
public final class Slugs {
    /** The slug of a title with nothing usable in it (only punctuation, or another script). */
    public static final String FALLBACK = "conversation";
    /** Long titles are cut at a dash so that a suffix such as -12 still fits the column. */
    static final int MAX_LENGTH = 80;
    /** The longest slug an admin may type (the column holds 120; a generated suffix needs a few more). */
    public static final int MAX_TYPED_LENGTH = 100;
    /** Slugs that name admin pages rather than conversations ({@code /admin/conversations/new}). */
    private static final Set<String> RESERVED = Set.of("new");
    private static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** The slug for a title, never empty. */
    public static String of(String title) {
        String spelled = title.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o")
                .replace("ß", "ss").replace("œ", "oe").replace("ł", "l").replace("đ", "d");
        String ascii = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_SLUG.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            String cut = slug.substring(0, MAX_LENGTH);
            int dash = cut.lastIndexOf('-');
            slug = dash > MAX_LENGTH / 2 ? cut.substring(0, dash) : cut.replaceAll("-+$", "");
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** True for lower-case ASCII letters and digits in groups joined by single dashes, at most {@value #MAX_TYPED_LENGTH} long. */
    public static boolean isWellFormed(String slug) {
        return slug.length() <= MAX_TYPED_LENGTH && WELL_FORMED.matcher(slug).matches();
    }

    /** True for a slug no conversation may have, because an admin page uses it. */
    public static boolean isReserved(String slug) {
        return RESERVED.contains(slug);
    }

    /** {@code base} when it is free, else the first free of {@code base-2}, {@code base-3} … */
    public static String unique(String base, Predicate<String> isTaken) {
        if (!isTaken.test(base)) {
            return base;
        }
        int n = 2;
        while (isTaken.test(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }
}
