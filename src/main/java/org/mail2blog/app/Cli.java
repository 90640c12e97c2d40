package org.mail2blog.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/** The command line: {@code run}, {@code parse}, {@code trim}, {@code --help}. Returns exit codes, never exits. */
public final class Cli {
    static final String USAGE = """
            Usage: ./mail2blog COMMAND [ARGS]

            Commands:
              run                 start the service (embedded mail server, database, web server)
              parse FILE.eml...   print one JSON object per file: headers, the body as it would be
                                  published, and what was cut away
              trim [FILE...]      trim plain-text reply bodies; with files, one JSON object per file;
                                  without, read stdin and print the trimmed text
              help, --help        show this help

            Configuration: config/application.properties; any key can be overridden with -Dkey=value
            or an environment variable such as MAIL2BLOG_WEB_PORT.""";

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        return switch (command) {
            case "run" -> serve();
            case "parse" -> rest.isEmpty() ? usage("parse needs at least one FILE.eml") : new MailCommands(out, err).parse(rest);
            case "trim" -> rest.isEmpty() ? new MailCommands(out, err).trimStdin(System.in) : new MailCommands(out, err).trim(rest);
            case "help", "--help", "-h" -> {
                out.println(USAGE);
                yield 0;
            }
            default -> usage("unknown command '" + command + "'");
        };
    }

    private int usage(String problem) {
        err.println("mail2blog: " + problem);
        err.println(USAGE);
        return 2;
    }

    private int serve() throws Exception {
        Settings settings;
        try {
            settings = Settings.load(Path.of("config", "application.properties"), System.getenv(), System.getProperties());
        } catch (InvalidSettings e) {
            err.println("mail2blog: cannot start, the configuration has problems:");
            e.problems().forEach(p -> err.println("  " + p));
            return 2;
        }
        Files.createDirectories(Path.of("data"));
        CountDownLatch stopped = new CountDownLatch(1);
        Application app = Application.start(settings, out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "mail2blog-shutdown"));
        stopped.await();
        return 0;
    }


}
