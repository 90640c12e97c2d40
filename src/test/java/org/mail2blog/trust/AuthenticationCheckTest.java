package org.mail2blog.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuthenticationCheckTest {
    private static final String FROM = "ingrid.holm@example.com";
    private final AuthenticationCheck check = new AuthenticationCheck(List.of("MX.blog.example", " mx2.blog.example "));

    private AuthVerdict verdict(String... headers) {
        return check.check(List.of(headers), FROM);
    }

    @Test
    void alignedDkimPassAuthenticates() {
        AuthVerdict verdict = verdict("mx.blog.example; dkim=pass header.d=example.com header.s=s1");
        assertThat(verdict.status()).isEqualTo(AuthStatus.PASS);
        assertThat(verdict.method()).hasValue("dkim");
        assertThat(verdict.domain()).hasValue("example.com");
        assertThat(verdict.explanation()).isEqualTo("DKIM pass for example.com aligns with From example.com"
                + " (checked by mx.blog.example).");
    }

    @Test
    void dkimSignedBySubdomainAuthenticatesWithRelaxedAlignment() {
        AuthVerdict verdict = verdict("mx.blog.example; dkim=pass header.d=mail.example.com");
        assertThat(verdict.isAuthenticated()).isTrue();
        assertThat(verdict.explanation()).contains("same organizational domain");
    }

    @Test
    void dkimWithOnlyHeaderIUsesItsDomain() {
        assertThat(verdict("mx.blog.example; dkim=pass header.i=@example.com").isAuthenticated()).isTrue();
    }

    @Test
    void dkimPassForAnotherDomainDoesNotAuthenticate() {
        AuthVerdict verdict = verdict("mx.blog.example; dkim=pass header.d=mailer.example.net");
        assertThat(verdict.status()).isEqualTo(AuthStatus.FAIL);
        assertThat(verdict.explanation())
                .isEqualTo("DKIM pass for mailer.example.net does not align with From example.com.");
    }

    @Test
    void dkimFailForTheFromDomainDoesNotAuthenticate() {
        AuthVerdict verdict = verdict("mx.blog.example; dkim=fail (bad signature) header.d=example.com");
        assertThat(verdict.status()).isEqualTo(AuthStatus.FAIL);
        assertThat(verdict.explanation()).isEqualTo("DKIM fail for example.com.");
    }

    @Test
    void alignedSpfPassAuthenticates() {
        AuthVerdict verdict = verdict("mx.blog.example; spf=pass smtp.mailfrom=bounces@lists.example.com");
        assertThat(verdict.status()).isEqualTo(AuthStatus.PASS);
        assertThat(verdict.method()).hasValue("spf");
        assertThat(verdict.domain()).hasValue("lists.example.com");
    }

    @Test
    void spfPassForTheEnvelopeOfAnotherOrganizationDoesNotAuthenticate() {
        AuthVerdict verdict = verdict("mx.blog.example; spf=pass smtp.mailfrom=bounce@mailer.example.net"
                + " smtp.helo=example.com");
        assertThat(verdict.status()).isEqualTo(AuthStatus.FAIL);
        assertThat(verdict.explanation()).contains("SPF pass for mailer.example.net does not align with From example.com");
    }

    @Test
    void dmarcPassForTheFromDomainAuthenticates() {
        AuthVerdict verdict = verdict("mx.blog.example; dmarc=pass (p=reject) header.from=example.com");
        assertThat(verdict.method()).hasValue("dmarc");
        assertThat(verdict.explanation()).isEqualTo("DMARC pass for From example.com (checked by mx.blog.example).");
    }

    @Test
    void dmarcPassForASubdomainIsNotForTheFromDomain() {
        AuthVerdict verdict = verdict("mx.blog.example; dmarc=pass header.from=news.example.com");
        assertThat(verdict.status()).isEqualTo(AuthStatus.FAIL);
        assertThat(verdict.explanation()).contains("is not for From example.com");
    }

    @Test
    void oneAlignedPassAmongFailuresIsEnoughAndDkimIsPreferred() {
        AuthVerdict verdict = verdict("mx.blog.example; spf=softfail smtp.mailfrom=example.com;"
                + " dkim=fail header.d=mailer.example.net; spf=pass smtp.mailfrom=example.com",
                "mx2.blog.example; dkim=pass header.d=example.com");
        assertThat(verdict.method()).hasValue("dkim");
        assertThat(verdict.explanation()).contains("checked by mx2.blog.example");
    }

    @Test
    void resultsFromAnUntrustedAuthservIdAreIgnored() {
        AuthVerdict verdict = verdict("mx.attacker.example; dkim=pass header.d=example.com; dmarc=pass"
                + " header.from=example.com");
        assertThat(verdict.status()).isEqualTo(AuthStatus.NONE);
        assertThat(verdict.explanation()).isEqualTo("No Authentication-Results from mx.blog.example, mx2.blog.example."
                + " Ignored: 1 header from an authserv-id that is not trusted (mx.attacker.example).");
    }

    @Test
    void aForgedPassBesideTheTrustedFailDoesNotCount() {
        AuthVerdict verdict = verdict("mx.blog.example; dkim=fail header.d=example.com",
                "blog.example; dkim=pass header.d=example.com");
        assertThat(verdict.status()).isEqualTo(AuthStatus.FAIL);
        assertThat(verdict.explanation()).startsWith("DKIM fail for example.com.").contains("(blog.example)");
    }

    @Test
    void noHeadersAtAllIsNone() {
        assertThat(verdict().status()).isEqualTo(AuthStatus.NONE);
    }

    @Test
    void trustedNoneOrOnlyOtherMethodsIsNone() {
        AuthVerdict verdict = verdict("mx.blog.example; none", "mx.blog.example; iprev=pass smtp.remote-ip=192.0.2.1");
        assertThat(verdict.status()).isEqualTo(AuthStatus.NONE);
        assertThat(verdict.explanation()).startsWith("No DKIM, SPF or DMARC result from");
    }

    @Test
    void unreadableHeaderIsIgnoredWithItsReason() {
        AuthVerdict verdict = verdict("dkim=pass header.d=example.com");
        assertThat(verdict.status()).isEqualTo(AuthStatus.NONE);
        assertThat(verdict.explanation()).contains("Ignored: 1 unreadable header (no authserv-id");
    }

    @Test
    void nothingIsBelievedWhenNoAuthservIdIsConfigured() {
        AuthVerdict verdict = AuthenticationCheck.unconfigured()
                .check(List.of("mx.blog.example; dkim=pass header.d=example.com"), FROM);
        assertThat(verdict.status()).isEqualTo(AuthStatus.UNCONFIGURED);
        assertThat(verdict.explanation()).contains("mail2blog.trust.authserv-ids");
    }

    @Test
    void manyHostileHeadersAreCountedNotRead() {
        List<String> flood = Collections.nCopies(5000, "mx.attacker.example; dkim=pass header.d=example.com");
        AuthVerdict verdict = check.check(flood, FROM);
        assertThat(verdict.status()).isEqualTo(AuthStatus.NONE);
        assertThat(verdict.explanation()).contains("100 headers from an authserv-id that is not trusted")
                .contains("4900 headers beyond the first 100");
    }

    @Test
    void explanationIsCutToFit() {
        String many = "mx.blog.example" + "; dkim=fail header.d=example.com".repeat(200);
        assertThat(verdict(many).explanation()).hasSize(AuthVerdict.MAX_EXPLANATION).endsWith("…");
    }
}
