package org.mail2blog.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mail2blog.testing.TestClock;

class SessionLifetimeTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T08:00:00Z"));
    private final SessionLifetime lifetime = new SessionLifetime(Duration.ofHours(12), clock);

    @Test
    void aLoginLivesUntilItsLifetimeIsOver() {
        long stamp = lifetime.loginStamp();
        clock.advance(Duration.ofHours(12).minusSeconds(1));
        assertThat(lifetime.hasEnded(stamp)).isFalse();
    }

    @Test
    void aLoginEndsWhenItsLifetimeIsOver() {
        long stamp = lifetime.loginStamp();
        clock.advance(Duration.ofHours(12));
        assertThat(lifetime.hasEnded(stamp)).isTrue();
    }
}
