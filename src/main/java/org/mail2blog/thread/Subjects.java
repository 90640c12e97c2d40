package org.mail2blog.thread;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Subject lines without the reply and forward prefixes that mail clients add, so that a reply's
 * subject can be compared with a conversation's title. Prefixes are taken off the front repeatedly,
 * in any letter case, with or without a counter ({@code Re[2]:}, {@code AW(3):}), together with
 * list tags in square brackets ({@code [Blog]}).
 *
 * <p>The prefixes and the clients that write them: Re/RE (English, most clients), Sv/SV (Swedish,
 * Danish and Norwegian Outlook and Gmail), AW (German Outlook), VS/Vs (Norwegian and Finnish
 * Outlook), Antw (Dutch), Fwd/Fw (forwards, English), VB (Swedish Outlook forward), WG (German
 * Outlook forward), Odp (Polish), R and Rif (Italian).
 *
 * <p>Pure and thread-safe.
 */
public final class Subjects {
    private static final Pattern PREFIXES = Pattern.compile(
            "^(?:\\s*+\\[[^\\]]*+\\]|\\s*+(?:re|sv|aw|vs|antw|fwd|fw|vb|wg|odp|r|rif)\\s*+(?:\\[\\d++\\]|\\(\\d++\\))?\\s*+:)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Subjects() {
    }

    /** The subject without its prefixes and tags, whitespace collapsed; the letter case is kept. */
    public static String withoutPrefixes(String subject) {
        String rest = PREFIXES.matcher(subject).replaceFirst("");
        return SPACE.matcher(rest).replaceAll(" ").strip();
    }

    /** The form in which two subjects (or a subject and a title) are compared: no prefixes, lower case. */
    public static String key(String subject) {
        return withoutPrefixes(subject).toLowerCase(Locale.ROOT);
    }
}
