package org.mail2blog.trust;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

import com.google.common.net.InternetDomainName;

/**
 * Relaxed identifier alignment as DMARC defines it (RFC 7489 §3.1): an authenticated domain aligns
 * with the From domain when both have the same organizational domain, i.e. the same registrable
 * domain under the public suffix list ({@code mail.example.com} and {@code example.com} align;
 * {@code example.co.uk} and {@code other.co.uk} do not, nor do {@code alice.github.io} and
 * {@code bob.github.io}). The list is Guava's, which follows publicsuffix.org, private entries
 * included. A domain that is itself a public suffix or is under none aligns only with itself.
 * Stateless and thread-safe.
 */
final class Alignment {
    private Alignment() {
    }

    /** How two domains relate. */
    enum Relation {
        /** The same domain, ignoring case, a trailing dot and Unicode versus punycode spelling. */
        SAME,
        /** Different domains with the same organizational domain. */
        SAME_ORGANIZATION,
        /** Not aligned, or one of them is not a domain. */
        UNRELATED;

        boolean isAligned() {
            return this != UNRELATED;
        }
    }

    static Relation relate(String authenticated, String from) {
        Optional<String> a = normalize(authenticated);
        Optional<String> f = normalize(from);
        if (a.isEmpty() || f.isEmpty()) {
            return Relation.UNRELATED;
        }
        if (a.get().equals(f.get())) {
            return Relation.SAME;
        }
        Optional<String> orgA = organizationalDomain(a.get());
        return orgA.isPresent() && orgA.equals(organizationalDomain(f.get()))
                ? Relation.SAME_ORGANIZATION : Relation.UNRELATED;
    }

    /** The registrable domain under the public suffix list; empty for a public suffix or a domain under none. */
    static Optional<String> organizationalDomain(String domain) {
        InternetDomainName name = InternetDomainName.from(domain);
        return name.isUnderPublicSuffix() ? Optional.of(name.topPrivateDomain().toString()) : Optional.empty();
    }

    /** Lower-case ASCII (punycode) without a trailing dot; empty when it is not a valid domain name. */
    static Optional<String> normalize(String domain) {
        String trimmed = domain.strip().toLowerCase(Locale.ROOT);
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(trimmed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notADomain) {
            return Optional.empty();
        }
        return InternetDomainName.isValid(ascii) ? Optional.of(ascii) : Optional.empty();
    }

    /** The domain of an address or of {@code @domain} (after the last '@'), or the value itself when it has none. */
    static String domainOf(String addressOrDomain) {
        String value = addressOrDomain.strip();
        if (value.startsWith("<") && value.endsWith(">")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.substring(value.lastIndexOf('@') + 1);
    }
}
