package org.mail2blog.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where the Authentication-Results verdict plugs in, and what holds before it does. */
class FromAuthenticationTest {
    private static final List<String> RAW = List.of("mx.example.com; dkim=pass header.d=example.com");

    @Test
    void everyMailPassesWhenNoAuthservIdsAreConfigured() {
        assertThat(FromAuthentication.of(List.of(), FromAuthentication.NO_VERIFIER)
                .isAuthenticated(RAW, "redaktor@example.com")).isTrue();
    }

    @Test
    void withAuthservIdsConfiguredTheVerifierDecides() {
        FromAuthentication onlyExampleCom = (raw, from) -> from.endsWith("@example.com");
        FromAuthentication check = FromAuthentication.of(List.of("mx.example.com"), onlyExampleCom);
        assertThat(check.isAuthenticated(RAW, "redaktor@example.com")).isTrue();
        assertThat(check.isAuthenticated(RAW, "redaktor@example.org")).isFalse();
    }

    @Test
    void withAuthservIdsConfiguredButNoVerifierNothingPasses() {
        assertThat(FromAuthentication.of(List.of("mx.example.com"), FromAuthentication.NO_VERIFIER)
                .isAuthenticated(RAW, "redaktor@example.com")).isFalse();
    }
}
