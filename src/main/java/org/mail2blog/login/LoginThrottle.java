package org.mail2blog.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed logins per user name and per client address within a sliding window. Once a name
 * or an address has its limit of failures in the window, further attempts must wait until the
 * oldest of them leaves the window, and the password is not even checked. A successful login
 * clears that user name's failures (not the address's: one valid account must not reset the
 * count of an address that tries other names).
 *
 * <p>In memory: a restart forgets every count. Memory stays bounded because names and addresses
 * with no failure in the window are dropped once many are held. Thread-safe (one lock; logins are
 * rare and each one costs an Argon2 hash anyway).
 */
public final class LoginThrottle {
    private static final int PRUNE_ABOVE = 1_000;
    private final Limits limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    /**
     * @param perName    failures allowed for one user name within {@code window}
     * @param perAddress failures allowed from one client address within {@code window}
     * @param window     how long a failure counts
     */
    public record Limits(int perName, int perAddress, Duration window) {
        public Limits {
            if (perName < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("login limits must be at least one failure in a positive window"
                        + " (got " + perName + ", " + perAddress + ", " + window + ")");
            }
        }
    }

    public LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    public Limits limits() {
        return limits;
    }

    /** How long this attempt must wait before it may be tried; empty when it may be tried now. */
    public synchronized Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> byName = wait(nameKey(username), limits.perName(), now);
        Optional<Duration> byAddress = wait(addressKey(address), limits.perAddress(), now);
        return byName.isEmpty() ? byAddress
                : byAddress.filter(a -> a.compareTo(byName.get()) > 0).or(() -> byName);
    }

    /** Counts a failed attempt; true when this very failure locked the name or the address out. */
    public synchronized boolean recordFailure(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(times -> recent(times, now).isEmpty());
        }
        boolean nameLocked = add(nameKey(username), now) == limits.perName();
        boolean addressLocked = add(addressKey(address), now) == limits.perAddress();
        return nameLocked || addressLocked;
    }

    /** A successful login: that user name starts again from zero. */
    public synchronized void recordSuccess(String username) {
        failures.remove(nameKey(username));
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = recent(failures.getOrDefault(key, new ArrayDeque<>()), now);
        if (times.size() < limit) {
            return Optional.empty();
        }
        Instant oldestThatCounts = times.stream().skip(times.size() - limit).findFirst().orElseThrow();
        return Optional.of(Duration.between(now, oldestThatCounts.plus(limits.window())));
    }

    private int add(String key, Instant now) {
        Deque<Instant> times = recent(failures.computeIfAbsent(key, k -> new ArrayDeque<>()), now);
        times.addLast(now);
        return times.size();
    }

    /** Drops the failures that have left the window; returns the same deque. */
    private Deque<Instant> recent(Deque<Instant> times, Instant now) {
        Instant start = now.minus(limits.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
        return times;
    }

    private static String nameKey(String username) {
        return "name:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
