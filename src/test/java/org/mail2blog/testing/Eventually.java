package org.mail2blog.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes; never a blind sleep. */
public final class Eventually {
    private Eventually() {
    }

    /** The first present value {@code probe} returns within {@code timeout}; fails the test otherwise. */
    public static <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    /** Waits until {@code condition} is true. */
    public static void until(String what, Duration timeout, Supplier<Boolean> condition) {
        await(what, timeout, () -> condition.get() ? Optional.of(true) : Optional.empty());
    }

    /** Checks that {@code condition} holds throughout {@code period} (for "never twice" claims). */
    public static void stays(String what, Duration period, Supplier<Boolean> condition) {
        Instant end = Instant.now().plus(period);
        while (Instant.now().isBefore(end)) {
            if (!condition.get()) {
                throw new AssertionError("no longer true: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while checking " + what, e);
            }
        }
    }
}
