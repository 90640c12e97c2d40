package org.mail2blog.trust;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.mail2blog.trust.Alignment.Relation;
import org.mail2blog.trust.TrustedResults.Vouched;

/**
 * Judges whether a mail's From domain is authenticated, from the Authentication-Results headers that
 * trusted authserv-ids wrote (every other header is ignored: anyone can write one). Authenticated
 * means: {@code dkim=pass} whose {@code header.d} (else the domain of {@code header.i}) aligns with the
 * From domain, or {@code spf=pass} whose {@code smtp.mailfrom} domain aligns, or {@code dmarc=pass}
 * whose {@code header.from} is the From domain. Alignment is relaxed ({@link Alignment}). DKIM is
 * preferred in the verdict, then DMARC, then SPF. Immutable and thread-safe.
 */
public final class AuthenticationCheck {
    private static final List<String> METHODS = List.of("dkim", "dmarc", "spf");
    private final Set<String> trusted;
    private final AuthResultsParser parser = new AuthResultsParser();

    /** @param trustedAuthservIds the authserv-ids whose headers are believed, any case; empty = believe none */
    public AuthenticationCheck(Collection<String> trustedAuthservIds) {
        this.trusted = trustedAuthservIds.stream().map(id -> id.strip().toLowerCase(Locale.ROOT))
                .filter(id -> !id.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** A check that believes no authserv-id: every verdict is {@link AuthStatus#UNCONFIGURED}. */
    public static AuthenticationCheck unconfigured() {
        return new AuthenticationCheck(List.of());
    }

    /**
     * @param authenticationResults the mail's Authentication-Results values, top to bottom
     * @param fromAddress           the From address the letter would be published and trusted under
     */
    public AuthVerdict check(List<String> authenticationResults, String fromAddress) {
        if (trusted.isEmpty()) {
            return AuthVerdict.of(AuthStatus.UNCONFIGURED,
                    "Not checked: no authserv-id is trusted (mail2blog.trust.authserv-ids is empty).");
        }
        TrustedResults read = TrustedResults.read(authenticationResults, trusted, parser);
        String fromDomain = Alignment.domainOf(fromAddress).toLowerCase(Locale.ROOT);
        List<Vouched> relevant = read.results().stream().filter(v -> METHODS.contains(v.result().method())).toList();
        if (relevant.isEmpty()) {
            String what = read.hasTrustedHeader() ? "No DKIM, SPF or DMARC result from "
                    : "No Authentication-Results from ";
            return AuthVerdict.of(AuthStatus.NONE, what + trustedNames() + "." + read.ignoredNote());
        }
        return findAligned(relevant, fromDomain).orElseGet(() -> AuthVerdict.of(AuthStatus.FAIL,
                relevant.stream().map(v -> notAligned(v.result(), fromDomain)).collect(Collectors.joining("; "))
                        + "." + read.ignoredNote()));
    }

    private static Optional<AuthVerdict> findAligned(List<Vouched> relevant, String fromDomain) {
        for (String method : METHODS) {
            for (Vouched v : relevant) {
                Optional<String> domain = authenticatedDomain(v.result());
                if (v.result().method().equals(method) && v.result().isPass() && domain.isPresent()) {
                    Relation relation = relate(method, domain.get(), fromDomain);
                    if (relation.isAligned()) {
                        return Optional.of(AuthVerdict.pass(method, domain.get(),
                                aligned(method, domain.get(), fromDomain, relation, v.authservId())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The domain a result vouches for: DKIM's signing domain, SPF's envelope sender domain, DMARC's From domain. */
    static Optional<String> authenticatedDomain(AuthResult result) {
        Optional<String> value = switch (result.method()) {
            case "dkim" -> result.property("header.d").or(() -> result.property("header.i"));
            case "spf" -> result.property("smtp.mailfrom");
            case "dmarc" -> result.property("header.from");
            default -> Optional.empty();
        };
        return value.map(Alignment::domainOf).map(d -> d.toLowerCase(Locale.ROOT)).filter(d -> !d.isBlank());
    }

    private static Relation relate(String method, String domain, String fromDomain) {
        if (method.equals("dmarc")) {
            // DMARC already aligned the identifiers itself; its header.from must be our From domain.
            return Alignment.relate(domain, fromDomain) == Relation.SAME ? Relation.SAME : Relation.UNRELATED;
        }
        return Alignment.relate(domain, fromDomain);
    }

    private static String aligned(String method, String domain, String fromDomain, Relation relation, String by) {
        String label = method.toUpperCase(Locale.ROOT);
        if (method.equals("dmarc")) {
            return label + " pass for From " + fromDomain + " (checked by " + by + ").";
        }
        return label + " pass for " + domain + " aligns with From " + fromDomain
                + (relation == Relation.SAME ? "" : " (same organizational domain)") + " (checked by " + by + ").";
    }

    private static String notAligned(AuthResult result, String fromDomain) {
        String label = result.method().toUpperCase(Locale.ROOT) + " " + result.result();
        Optional<String> domain = authenticatedDomain(result);
        if (domain.isEmpty()) {
            return label + " without a domain";
        } else if (!result.isPass()) {
            return label + " for " + domain.get();
        } else if (result.method().equals("dmarc")) {
            return label + " for " + domain.get() + " is not for From " + fromDomain;
        }
        return label + " for " + domain.get() + " does not align with From " + fromDomain;
    }

    private String trustedNames() {
        List<String> names = new ArrayList<>(trusted);
        names.sort(null);
        return String.join(", ", names);
    }
}
