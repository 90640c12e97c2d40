package org.mail2blog.trim;

/**
 * Finds mail addresses in attribution lines ("Anna &lt;anna@example.com&gt;", "(anna@example.com)",
 * also wrapped as "&lt;\nanna@example.com&gt;"). Plain code instead of a pattern, so it stays linear.
 */
final class MailAddresses {
    private MailAddresses() {
    }

    /** True when {@code text} has a word character, "@", then a domain with a dot. */
    static boolean isIn(String text) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at > 0 && isAddressChar(text.charAt(at - 1)) && hasDomain(text, at + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDomain(String text, int from) {
        int i = from;
        int dot = -1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '.')) {
            dot = text.charAt(i) == '.' ? i : dot;
            i++;
        }
        return dot > from && dot < i - 1;
    }

    private static boolean isAddressChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+';
    }
}
