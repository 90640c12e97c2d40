package org.mail2blog.admin;

import java.time.OffsetDateTime;
import java.util.Optional;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.jdbi.v3.core.Jdbi;

/**
 * Admin accounts with Argon2id password hashes (Password4j). The parameters follow OWASP's
 * minimum for Argon2id: 19 MiB of memory, 2 iterations, 1 lane. Thread-safe.
 */
public final class AdminAccounts {
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    /** A hash of a random password, verified against when the user does not exist, so timing tells nothing. */
    private static final String DECOY = Password.hash("decoy-password-never-used").addRandomSalt(16)
            .with(ARGON2).getResult();
    private final Jdbi jdbi;

    public AdminAccounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public boolean isEmpty() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM admin_account").mapTo(Integer.class).one()) == 0;
    }

    /** Creates an account; the password is stored only as an Argon2id hash. */
    public void create(String username, String password) {
        String hash = Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO admin_account (username, password_hash, created_at)"
                        + " VALUES (:u, :h, :now)")
                .bind("u", username).bind("h", hash).bind("now", OffsetDateTime.now()).execute());
    }

    /** The username when the password is right for it; empty otherwise. */
    public Optional<String> authenticate(String username, String password) {
        Optional<String> hash = jdbi.withHandle(h -> h.createQuery(
                        "SELECT password_hash FROM admin_account WHERE username = :u")
                .bind("u", username).mapTo(String.class).findOne());
        boolean ok = Password.check(password, hash.orElse(DECOY)).with(ARGON2);
        return ok && hash.isPresent() ? Optional.of(username) : Optional.empty();
    }
}
