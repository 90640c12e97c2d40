package org.mail2blog.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * Servers from Debian's packages that some tests start (Dovecot, PostgreSQL). Without them a test is
 * skipped on a developer's machine with a note, but fails under {@code CI=true}: there
 * .ci/setup-test-tools has installed them, and a skipped suite would hide a missing install step.
 */
public final class Required {
    private Required() {
    }

    public static void dovecot() {
        require(Dovecot.installed(), "Dovecot (apt-get install dovecot-imapd dovecot-pop3d)");
    }

    public static void postgres() {
        require(Postgres.installed(), "PostgreSQL (apt-get install postgresql)");
    }

    private static void require(boolean installed, String what) {
        if (installed) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(what + " is missing; CI=true: these tests must run, not be skipped");
        }
        Assumptions.assumeTrue(false, what + " is not installed: test skipped");
    }
}
