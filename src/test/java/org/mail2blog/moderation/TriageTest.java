package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mail2blog.moderation.Triage.Disposition;
import org.mail2blog.trust.AuthStatus;
import org.mail2blog.trust.AuthVerdict;
import org.mail2blog.sender.SenderStatus;

class TriageTest {
    private static final AuthVerdict PASS = new AuthVerdict(AuthStatus.PASS, Optional.of("dkim"),
            Optional.of("example.com"), "DKIM pass for example.com aligns with From example.com.");
    private static final AuthVerdict FAIL = AuthVerdict.of(AuthStatus.FAIL, "DKIM fail for example.com.");

    @Test
    void bannedSenderIsSpamEvenWhenAuthenticated() {
        assertThat(Triage.of(SenderStatus.BANNED, PASS, true).disposition()).isEqualTo(Disposition.SPAM);
    }

    @Test
    void trustedAuthenticatedPublishableLetterIsPublished() {
        Triage triage = Triage.of(SenderStatus.TRUSTED, PASS, true);
        assertThat(triage.disposition()).isEqualTo(Disposition.PUBLISHED);
        assertThat(triage.isTrustUnverified()).isFalse();
    }

    @Test
    void trustedAuthenticatedButUnpublishableLetterWaitsUnflagged() {
        Triage triage = Triage.of(SenderStatus.TRUSTED, PASS, false);
        assertThat(triage.disposition()).isEqualTo(Disposition.PENDING);
        assertThat(triage.isTrustUnverified()).isFalse();
    }

    @Test
    void trustedButUnauthenticatedLetterWaitsFlagged() {
        Triage triage = Triage.of(SenderStatus.TRUSTED, FAIL, true);
        assertThat(triage.disposition()).isEqualTo(Disposition.PENDING);
        assertThat(triage.isTrustUnverified()).isTrue();
    }

    @Test
    void ordinarySenderWaitsWhateverTheVerdict() {
        assertThat(Triage.of(SenderStatus.ORDINARY, PASS, true).disposition()).isEqualTo(Disposition.PENDING);
        assertThat(Triage.of(SenderStatus.ORDINARY, PASS, true).isTrustUnverified()).isFalse();
    }
}
