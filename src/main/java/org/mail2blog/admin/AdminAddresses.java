package org.mail2blog.admin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The admins' own mail addresses: those configured ({@code mail2blog.admin.addresses}) and those of
 * the admin accounts ({@code ./mail2blog admin add}), lower-case, without repeats. Read from the
 * database on each call, so an account added while the service runs counts at once. Thread-safe.
 */
public final class AdminAddresses implements Supplier<List<String>> {
    private final List<String> configured;
    private final AdminAccounts accounts;

    /** @param configured the configured addresses, lower-case */
    public AdminAddresses(List<String> configured, AdminAccounts accounts) {
        this.configured = List.copyOf(configured);
        this.accounts = accounts;
    }

    @Override
    public List<String> get() {
        Set<String> all = new LinkedHashSet<>(configured);
        all.addAll(accounts.emails());
        return List.copyOf(all);
    }
}
