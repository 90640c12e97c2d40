package org.mail2blog.app;

import java.util.List;

/** The configuration cannot be used; {@link #problems()} holds one line per problem, each naming its key. */
public final class InvalidSettings extends Exception {
    private final List<String> problems;

    public InvalidSettings(List<String> problems) {
        super("invalid configuration:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
