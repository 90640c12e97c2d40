package org.mail2blog.app;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.mail2blog.admin.AccountRules;
import org.mail2blog.admin.AdminAccount;
import org.mail2blog.admin.AdminAccounts;
import org.mail2blog.admin.AddOutcome;
import org.mail2blog.support.Dialect;

/**
 * The {@code admin add NAME EMAIL} and {@code admin list} commands. They open the configured
 * database themselves, so they work whether or not the service runs: the default URL has H2's
 * {@code AUTO_SERVER=TRUE}, with which a second process reaches a database that the running
 * service holds (through the server the first process starts). Without it, a database in use is
 * refused with a message that says so. A PostgreSQL server takes any number of clients, so there
 * the commands simply connect. Exit codes: 0 done, 1 refused (bad or taken name or
 * address, bad password), 2 wrong usage or configuration, 3 the database cannot be opened.
 */
final class AdminCommands {
    private final PrintStream out;
    private final Settings settings;
    private final PasswordInput passwords;

    AdminCommands(PrintStream out, Settings settings, PasswordInput passwords) {
        this.out = out;
        this.settings = settings;
        this.passwords = passwords;
    }

    /** Adds the account; every check on the name and address runs before the password is asked. */
    void add(String username, String email) throws IOException, CommandRefused {
        Optional<String> problem = AccountRules.checkName(username).or(() -> AccountRules.checkEmail(email));
        if (problem.isPresent()) {
            throw new CommandRefused(1, problem.get());
        }
        try (Database database = open()) {
            AdminAccounts accounts = new AdminAccounts(database.jdbi());
            refuseTaken(accounts, username, AccountRules.normalizeEmail(email));
            AddOutcome outcome = accounts.add(username, email, passwords.read(username));
            if (outcome != AddOutcome.ADDED) {
                throw new CommandRefused(1, taken(outcome, username, email));
            }
        }
        out.println("Admin account " + username + " <" + AccountRules.normalizeEmail(email) + "> added; log in at "
                + settings.baseUrl() + "/admin/");
    }

    /** Prints one line per account: user name, mail address ("-" when none), created; tab-separated. */
    void list() throws CommandRefused {
        List<AdminAccount> accounts;
        try (Database database = open()) {
            accounts = new AdminAccounts(database.jdbi()).list();
        }
        for (AdminAccount a : accounts) {
            out.println(a.username() + "\t" + a.email().orElse("-") + "\t" + a.createdAt().toInstant());
        }
    }

    /** Says so before the password is typed, when the name or address is already in use. */
    private static void refuseTaken(AdminAccounts accounts, String username, String email) throws CommandRefused {
        for (AdminAccount a : accounts.list()) {
            if (a.username().equals(username)) {
                throw new CommandRefused(1, taken(AddOutcome.NAME_TAKEN, username, email));
            }
            if (a.email().filter(email::equals).isPresent()) {
                throw new CommandRefused(1, taken(AddOutcome.EMAIL_TAKEN, username, email));
            }
        }
    }

    private static String taken(AddOutcome outcome, String username, String email) {
        return outcome == AddOutcome.NAME_TAKEN
                ? "there is already an admin account named " + username + "; choose another user name"
                : "the address " + AccountRules.normalizeEmail(email) + " already belongs to another admin account"
                        + " (see ./mail2blog admin list)";
    }

    private Database open() throws CommandRefused {
        return open(settings);
    }

    /** Opens and migrates the database; a plain connection first, so a refusal is one clear line (exit code 3). */
    static Database open(Settings settings) throws CommandRefused {
        try (Connection probe = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
            probe.isValid(1);
        } catch (SQLException e) {
            throw new CommandRefused(3, cannotOpen(settings, e));
        }
        return Database.open(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
    }

    private static String cannotOpen(Settings settings, SQLException e) {
        String why = e.getErrorCode() == 90020
                ? "it is in use by another process (the running service?); stop the service, or add"
                        + " ;AUTO_SERVER=TRUE to mail2blog.db.url as the default has"
                : e.getMessage().lines().findFirst().orElse(e.toString());
        return "cannot open the database " + Dialect.withoutParameters(settings.dbUrl()) + ": " + why;
    }
}
