package org.mail2blog.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mail2blog.importer.ImportTarget;

/**
 * The arguments of {@code import FILE.mbox|MAILDIR|FILE.eml… (--conversation SLUG | --new TITLE)
 * [--queue]}, checked: at least one input, exactly one of the two targets, a title that can be one.
 *
 * @param inputs the files and folders, in the order given
 * @param target where the letters go and in which state
 */
record ImportRequest(List<Path> inputs, ImportTarget target) {

    /**
     * Reads the arguments; options may stand anywhere.
     *
     * @param actor who imports (the audit log's actor)
     * @throws CommandRefused with exit code 2 and what is wrong, for a usage line
     */
    static ImportRequest parse(List<String> args, String actor) throws CommandRefused {
        List<Path> inputs = new ArrayList<>();
        Optional<String> slug = Optional.empty();
        Optional<String> title = Optional.empty();
        boolean queue = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--conversation" -> slug = Optional.of(value(args, ++i, arg));
                case "--new" -> title = Optional.of(value(args, ++i, arg).strip());
                case "--queue" -> queue = true;
                default -> {
                    if (arg.startsWith("--")) {
                        throw usage("import does not know the option " + arg);
                    }
                    inputs.add(Path.of(arg));
                }
            }
        }
        return new ImportRequest(check(inputs, slug, title), target(slug, title, queue, actor));
    }

    private static List<Path> check(List<Path> inputs, Optional<String> slug, Optional<String> title)
            throws CommandRefused {
        if (inputs.isEmpty()) {
            throw usage("import needs at least one FILE.mbox, MAILDIR or FILE.eml");
        }
        if (slug.isPresent() == title.isPresent()) {
            throw usage("import needs either --conversation SLUG or --new TITLE");
        }
        if (title.filter(t -> t.isEmpty() || t.length() > ImportTarget.MAX_TITLE_LENGTH
                || t.chars().anyMatch(Character::isISOControl)).isPresent()) {
            throw usage("the title after --new must be 1 to " + ImportTarget.MAX_TITLE_LENGTH
                    + " characters on one line");
        }
        return List.copyOf(inputs);
    }

    private static ImportTarget target(Optional<String> slug, Optional<String> title, boolean queue, String actor) {
        return slug.isPresent() ? ImportTarget.existing(slug.get(), queue, actor)
                : ImportTarget.created(title.orElseThrow(), queue, actor);
    }

    private static String value(List<String> args, int index, String option) throws CommandRefused {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw usage(option + " needs a value");
        }
        return args.get(index);
    }

    private static CommandRefused usage(String problem) {
        return new CommandRefused(2, problem);
    }
}
