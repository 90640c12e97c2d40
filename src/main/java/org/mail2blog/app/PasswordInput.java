package org.mail2blog.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.mail2blog.admin.AccountRules;

/**
 * Where {@code admin add} gets the new account's password: on a terminal, a prompt without echo,
 * asked twice; otherwise the first line of standard input (for scripts:
 * {@code printf '%s\n' "$PW" | ./mail2blog admin add …}). Either way the password must pass
 * {@link AccountRules#checkPassword}.
 */
final class PasswordInput {
    private final Optional<Console> console;
    private final InputStream stdin;

    PasswordInput(Optional<Console> console, InputStream stdin) {
        this.console = console;
        this.stdin = stdin;
    }

    String read(String username) throws IOException, CommandRefused {
        String password = console.isPresent() ? prompt(console.get(), username) : firstLine();
        Optional<String> problem = AccountRules.checkPassword(password);
        if (problem.isPresent()) {
            throw new CommandRefused(1, problem.get());
        }
        return password;
    }

    /** Asks twice; a too-short first answer is refused at once, before the second question. */
    private static String prompt(Console console, String username) throws CommandRefused {
        console.printf("Password for %s (at least %d characters): ", username, AccountRules.MIN_PASSWORD_LENGTH);
        String first = entered(console.readPassword());
        Optional<String> problem = AccountRules.checkPassword(first);
        if (problem.isPresent()) {
            throw new CommandRefused(1, problem.get());
        }
        String second = entered(console.readPassword("The same password again: "));
        if (!first.equals(second)) {
            throw new CommandRefused(1, "the two passwords differ; nothing was changed");
        }
        return first;
    }

    private static String entered(char[] chars) throws CommandRefused {
        if (chars == null) {
            throw new CommandRefused(1, "no password entered; nothing was changed");
        }
        String text = new String(chars);
        Arrays.fill(chars, ' ');
        return text;
    }

    private String firstLine() throws IOException, CommandRefused {
        String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            throw new CommandRefused(1, "no password on standard input; type it at a terminal, or pipe it in"
                    + " as the first line");
        }
        return line;
    }
}
