package org.mail2blog.admin;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Admin accounts with Argon2id password hashes (Password4j). The parameters follow OWASP's
 * minimum for Argon2id: 19 MiB of memory, 2 iterations, 1 lane. An account may have its own mail
 * address (unique, lower-case), which counts as an admin address. Thread-safe.
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

    /**
     * Adds an account with its own mail address, unless the name or the address is taken. The
     * caller has checked the values with {@link AccountRules}; the address is stored lower-case.
     */
    public AddOutcome add(String username, String email, String password) {
        String address = AccountRules.normalizeEmail(email);
        String hash = Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
        return jdbi.inTransaction(h -> {
            if (count(h, "username = :v", username) > 0) {
                return AddOutcome.NAME_TAKEN;
            }
            if (count(h, "email = :v", address) > 0) {
                return AddOutcome.EMAIL_TAKEN;
            }
            h.createUpdate("INSERT INTO admin_account (username, email, password_hash, created_at)"
                            + " VALUES (:u, :e, :h, :now)")
                    .bind("u", username).bind("e", address).bind("h", hash).bind("now", OffsetDateTime.now()).execute();
            return AddOutcome.ADDED;
        });
    }

    private static int count(Handle h, String where, String value) {
        return h.createQuery("SELECT COUNT(*) FROM admin_account WHERE " + where).bind("v", value)
                .mapTo(Integer.class).one();
    }

    /** Every account, oldest first, without password hashes. */
    public List<AdminAccount> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT username, email, created_at FROM admin_account ORDER BY id")
                .map((rs, ctx) -> new AdminAccount(rs.getString("username"), Optional.ofNullable(rs.getString("email")),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list());
    }

    /** The accounts' own mail addresses, lower-case. */
    public List<String> emails() {
        return jdbi.withHandle(h -> h.createQuery("SELECT email FROM admin_account WHERE email IS NOT NULL ORDER BY id")
                .mapTo(String.class).list());
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
