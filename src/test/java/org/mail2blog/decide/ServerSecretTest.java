package org.mail2blog.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.testing.TestDatabase;

/** The moderation signing key: made once and kept, unless one is configured. */
class ServerSecretTest {
    private final Database db = TestDatabase.open();

    @AfterEach
    void close() {
        db.close();
    }

    private int storedSecrets() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM server_secret")
                .mapTo(Integer.class).one());
    }

    @Test
    void generatedSecretIsMadeOnceAndKept() {
        byte[] first = ServerSecret.moderationKey(db.jdbi(), Optional.empty());
        byte[] again = ServerSecret.moderationKey(db.jdbi(), Optional.empty());
        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(storedSecrets()).isEqualTo(1);
    }

    @Test
    void twoDatabasesGetDifferentSecrets() {
        try (Database other = TestDatabase.open()) {
            assertThat(ServerSecret.moderationKey(db.jdbi(), Optional.empty()))
                    .isNotEqualTo(ServerSecret.moderationKey(other.jdbi(), Optional.empty()));
        }
    }

    @Test
    void configuredSecretWinsAndNothingIsStored() {
        String configured = "configured secret of 32 characters";
        assertThat(ServerSecret.moderationKey(db.jdbi(), Optional.of(configured)))
                .isEqualTo(configured.getBytes(StandardCharsets.UTF_8));
        assertThat(storedSecrets()).isZero();
    }
}
