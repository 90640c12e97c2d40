package org.mail2blog.admin;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a new admin account's name, address and password must look like. Each check returns the
 * problem in words a person can act on, or empty when the value is fine. Stateless.
 */
public final class AccountRules {
    /** The shortest password {@code admin add} accepts. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Passwords longer than this are refused, so hashing cannot be made slow on purpose. */
    public static final int MAX_PASSWORD_LENGTH = 1024;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** A plain address: one '@', no spaces, brackets, quotes or separators, a dotted or single-label domain. */
    private static final Pattern ADDRESS = Pattern.compile(
            "[^@\\s<>()\\[\\]\",;:\\\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*");

    private AccountRules() {
    }

    public static Optional<String> checkName(String name) {
        return NAME.matcher(name).matches() ? Optional.empty()
                : Optional.of("user name '" + name + "' must be 1-64 letters, digits, dots, dashes or underscores");
    }

    public static Optional<String> checkEmail(String email) {
        return email.length() <= 254 && ADDRESS.matcher(email).matches() ? Optional.empty()
                : Optional.of("'" + email + "' is not a plain mail address such as anna@example.com");
    }

    public static Optional<String> checkPassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("the password must have at least " + MIN_PASSWORD_LENGTH + " characters (it has "
                    + password.length() + "); a few random words make a good one");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return Optional.of("the password must have at most " + MAX_PASSWORD_LENGTH + " characters");
        }
        return Optional.empty();
    }

    /** The form addresses are stored and compared in. */
    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
