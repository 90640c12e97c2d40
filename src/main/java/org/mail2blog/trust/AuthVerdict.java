package org.mail2blog.trust;

import java.util.Optional;

/**
 * The judgement on one mail's From domain, with a sentence for the admin such as "DKIM pass for
 * mailer.example.net does not align with From example.com".
 *
 * @param status      the outcome
 * @param method      for {@link AuthStatus#PASS}: the method that authenticated it ({@code dkim}, {@code spf},
 *                    {@code dmarc})
 * @param domain      for {@link AuthStatus#PASS}: the domain that method authenticated
 * @param explanation why, in one or a few sentences; shown to the admin, never to the public
 */
public record AuthVerdict(AuthStatus status, Optional<String> method, Optional<String> domain, String explanation) {
    /** Longest explanation kept; hostile headers must not fill a page or a column. */
    public static final int MAX_EXPLANATION = 1000;

    public AuthVerdict {
        if (explanation.length() > MAX_EXPLANATION) {
            explanation = explanation.substring(0, MAX_EXPLANATION - 1) + "…";
        }
    }

    /** A verdict without method and domain, such as one read back from storage. */
    public static AuthVerdict of(AuthStatus status, String explanation) {
        return new AuthVerdict(status, Optional.empty(), Optional.empty(), explanation);
    }

    static AuthVerdict pass(String method, String domain, String explanation) {
        return new AuthVerdict(AuthStatus.PASS, Optional.of(method), Optional.of(domain), explanation);
    }

    public boolean isAuthenticated() {
        return status == AuthStatus.PASS;
    }
}
