package org.mail2blog.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mail2blog.testing.TestClock;

class LoginThrottleTest {
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Limits(5, 20, WINDOW), clock);

    private void fail(int times, String name, String address) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(name, address);
        }
    }

    @Nested
    class PerUserName {
        @Test
        void fourFailuresStillMayTry() {
            fail(4, "admin", "192.0.2.1");
            assertThat(throttle.retryAfter("admin", "192.0.2.1")).isEmpty();
        }

        @Test
        void fiveFailuresLockTheNameForTheRestOfTheWindow() {
            fail(5, "admin", "192.0.2.1");
            clock.advance(Duration.ofMinutes(5));
            assertThat(throttle.retryAfter("admin", "198.51.100.7")).hasValue(Duration.ofMinutes(10));
        }

        @Test
        void theLockIsForAnyCaseOfTheName() {
            fail(5, "Admin", "192.0.2.1");
            assertThat(throttle.retryAfter("ADMIN", "192.0.2.1")).isPresent();
        }

        @Test
        void otherNamesAreNotLocked() {
            fail(5, "admin", "192.0.2.1");
            assertThat(throttle.retryAfter("karin", "198.51.100.7")).isEmpty();
        }

        @Test
        void failuresOlderThanTheWindowNoLongerCount() {
            fail(4, "admin", "192.0.2.1");
            clock.advance(WINDOW);
            fail(1, "admin", "192.0.2.1");
            assertThat(throttle.retryAfter("admin", "192.0.2.1")).isEmpty();
        }

        @Test
        void theLockEndsWhenTheOldestFailureLeavesTheWindow() {
            fail(1, "admin", "192.0.2.1");
            clock.advance(Duration.ofMinutes(1));
            fail(4, "admin", "192.0.2.1");
            clock.advance(Duration.ofMinutes(14));
            assertThat(throttle.retryAfter("admin", "192.0.2.1")).isEmpty();
        }

        @Test
        void aSuccessClearsTheNamesFailures() {
            fail(4, "admin", "192.0.2.1");
            throttle.recordSuccess("admin");
            fail(4, "admin", "192.0.2.1");
            assertThat(throttle.retryAfter("admin", "192.0.2.1")).isEmpty();
        }

        @Test
        void onlyTheFailureThatLocksSaysSo() {
            List<Boolean> locked = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                locked.add(throttle.recordFailure("admin", "192.0.2.1"));
            }
            assertThat(locked).containsExactly(false, false, false, false, true, false);
        }
    }

    @Nested
    class PerAddress {
        @Test
        void twentyFailuresFromOneAddressLockEveryName() {
            for (int i = 0; i < 20; i++) {
                throttle.recordFailure("user" + i, "192.0.2.1");
            }
            assertThat(throttle.retryAfter("admin", "192.0.2.1")).hasValue(WINDOW);
            assertThat(throttle.retryAfter("admin", "198.51.100.7")).isEmpty();
        }

        @Test
        void aSuccessDoesNotClearTheAddressesFailures() {
            for (int i = 0; i < 19; i++) {
                throttle.recordFailure("user" + i, "192.0.2.1");
            }
            throttle.recordSuccess("admin");
            throttle.recordFailure("user19", "192.0.2.1");
            assertThat(throttle.retryAfter("admin", "192.0.2.1")).isPresent();
        }
    }

    @Test
    void theLongerOfTwoLocksIsTheWait() {
        fail(5, "admin", "192.0.2.1");
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("user" + i, "192.0.2.1");
        }
        assertThat(throttle.retryAfter("admin", "192.0.2.1")).hasValue(WINDOW);
    }

    @Test
    void countsEveryFailureWhenManyThreadsFailAtOnce() throws Exception {
        LoginThrottle shared = new LoginThrottle(new LoginThrottle.Limits(400, 1_000, WINDOW), clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            results.add(pool.submit(() -> shared.recordFailure("admin", "192.0.2.1")));
        }
        long locks = 0;
        for (Future<Boolean> r : results) {
            locks += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(locks).isEqualTo(1);
        assertThat(shared.retryAfter("admin", "192.0.2.1")).isPresent();
    }

    @Test
    void refusesLimitsBelowOne() {
        assertThatThrownBy(() -> new LoginThrottle.Limits(0, 20, WINDOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one failure");
    }
}
