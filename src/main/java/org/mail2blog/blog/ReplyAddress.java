package org.mail2blog.blog;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Plus-addressing for conversations: {@code blog@example.com} receives {@code blog+<token>@example.com},
 * and the token names the conversation. Tokens are random and unguessable. Immutable, thread-safe.
 */
public final class ReplyAddress {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private final String local;
    private final String domain;

    /** @param blogAddress the blog's own plain address, e.g. {@code blog@example.com} */
    public ReplyAddress(String blogAddress) {
        int at = blogAddress.lastIndexOf('@');
        this.local = blogAddress.substring(0, at).toLowerCase(Locale.ROOT);
        this.domain = blogAddress.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** A new random token: 20 characters from a 32-letter alphabet, 100 bits. */
    public static String newToken() {
        StringBuilder token = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            token.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return token.toString();
    }

    /** The reply address for a token. */
    public String forToken(String token) {
        return local + "+" + token + "@" + domain;
    }

    /** True for the blog's own plain address (without a token). */
    public boolean isBlogAddress(String address) {
        return address.strip().toLowerCase(Locale.ROOT).equals(local + "@" + domain);
    }

    /** The token in a recipient address, if it is one of our reply addresses. */
    public Optional<String> tokenIn(String recipient) {
        String address = recipient.toLowerCase(Locale.ROOT);
        String prefix = local + "+";
        String suffix = "@" + domain;
        if (!address.startsWith(prefix) || !address.endsWith(suffix)) {
            return Optional.empty();
        }
        String token = address.substring(prefix.length(), address.length() - suffix.length());
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
