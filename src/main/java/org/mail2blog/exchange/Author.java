package org.mail2blog.exchange;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A writer as a quoting client prints them: {@code Anna Berg <anna@example.com>}, Outlook's
 * {@code Anna Berg [mailto:anna@example.com]}, a bare address, or only a name when the client hid
 * the address. Bold markers ({@code *}) and quotes around the name are dropped.
 */
record Author(String name, String address) {
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\\[\\]()\"',;:*]+@[^\\s<>\\[\\]()\"',;:*]+\\.[^\\s<>\\[\\]()\"',;:*]+");
    /** The address with what surrounds it: angle brackets, Outlook's [mailto:…], or parentheses. */
    private static final String WRAPPED = "[<\\[(]\\s*(mailto:)?\\s*%s\\s*[>\\])]";

    static final Author UNKNOWN = new Author("", "");

    /** Reads one printed writer; what cannot be read stays empty. */
    static Author parse(String printed) {
        String text = printed.replace("*", " ").strip();
        Matcher address = ADDRESS.matcher(text);
        if (!address.find()) {
            return new Author(unquoted(text), "");
        }
        String found = address.group();
        String rest = Pattern.compile(WRAPPED.formatted(Pattern.quote(found)), Pattern.CASE_INSENSITIVE)
                .matcher(text).replaceAll(" ");
        rest = rest.replace(found, " ").replaceFirst("(?i)mailto:", " ");
        return new Author(unquoted(rest), found.replaceFirst("(?i)^mailto:", "").toLowerCase(Locale.ROOT));
    }

    private static String unquoted(String name) {
        String plain = name.replaceAll("\\s+", " ").replaceAll("^[\\s,;:]+|[\\s,;:]+$", "");
        while (plain.length() >= 2 && (plain.startsWith("\"") && plain.endsWith("\"")
                || plain.startsWith("'") && plain.endsWith("'"))) {
            plain = plain.substring(1, plain.length() - 1).strip();
        }
        return plain;
    }
}
