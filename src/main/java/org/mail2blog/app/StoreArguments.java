package org.mail2blog.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of {@code migrate-db}, {@code backup} and {@code restore}: positional ones (a FILE)
 * and the options {@code --to URL}, {@code --user NAME}, {@code --password SECRET}. Wrong usage is a
 * {@link CommandRefused} with exit code 2.
 */
record StoreArguments(List<String> positional, Map<String, String> options) {
    private static final Set<String> OPTIONS = Set.of("--to", "--user", "--password");

    static StoreArguments parse(String command, List<String> args) throws CommandRefused {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (OPTIONS.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new CommandRefused(2, command + ": " + arg + " needs a value");
                }
                options.put(arg, args.get(++i));
            } else if (arg.startsWith("--")) {
                throw new CommandRefused(2, command + ": unknown option " + arg);
            } else {
                positional.add(arg);
            }
        }
        return new StoreArguments(List.copyOf(positional), Map.copyOf(options));
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
