package org.mail2blog.decide;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The key that signs moderation addresses: the configured one when set, else 32 random bytes made
 * once and kept in the {@code server_secret} table, so the addresses in mails already sent stay
 * valid after a restart. Stateless and thread-safe.
 */
public final class ServerSecret {
    static final String NAME = "moderation-address";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServerSecret() {
    }

    /**
     * The signing key.
     *
     * @param configured the configured secret ({@code mail2blog.moderation.signing-secret}); empty = the stored one
     */
    public static byte[] moderationKey(Jdbi jdbi, Optional<String> configured) {
        if (configured.isPresent()) {
            return configured.get().getBytes(StandardCharsets.UTF_8);
        }
        return HexFormat.of().parseHex(jdbi.inTransaction(h -> stored(h).orElseGet(() -> insert(h))));
    }

    private static Optional<String> stored(Handle h) {
        return h.createQuery("SELECT secret FROM server_secret WHERE name = :n").bind("n", NAME)
                .mapTo(String.class).findOne();
    }

    private static String insert(Handle h) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        h.createUpdate("INSERT INTO server_secret (name, secret, created_at) VALUES (:n, :s, :at)")
                .bind("n", NAME).bind("s", secret).bind("at", OffsetDateTime.now()).execute();
        return secret;
    }
}
