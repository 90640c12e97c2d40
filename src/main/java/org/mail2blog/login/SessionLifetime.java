package org.mail2blog.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The absolute lifetime of an admin login: however busy the admin, a session ends this long after
 * the login that started it (the idle timeout is the session store's). Thread-safe.
 */
public final class SessionLifetime {
    private final Duration lifetime;
    private final Clock clock;

    public SessionLifetime(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** The moment of a login, to keep in the session (milliseconds since the epoch). */
    public long loginStamp() {
        return clock.millis();
    }

    /** True when a login made at {@code loginStamp} has lived its lifetime. */
    public boolean hasEnded(long loginStamp) {
        return !clock.instant().isBefore(Instant.ofEpochMilli(loginStamp).plus(lifetime));
    }
}
