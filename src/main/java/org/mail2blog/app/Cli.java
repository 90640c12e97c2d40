package org.mail2blog.app;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The command line: {@code run}, {@code parse [--letters]}, {@code trim}, {@code admin add|list},
 * {@code export-site}, {@code export-mbox}, {@code import}, {@code migrate-db}, {@code backup},
 * {@code restore}, {@code --help}. Returns exit codes, never exits.
 */
public final class Cli {
    static final String USAGE = """
            Usage: ./mail2blog COMMAND [ARGS]

            Commands:
              run                 start the service (embedded mail server, database, web server)
              parse FILE.eml...   print one JSON object per file: headers, the body as it would be
                                  published, and what was cut away
              parse --letters FILE.eml...
                                  read each file as a forwarded exchange and print one JSON object
                                  per letter in it, oldest first: author, date and own words; dates
                                  without a zone are read in -Dmail2blog.blog.time-zone (default:
                                  the system's zone)
              trim [FILE...]      trim plain-text reply bodies; with files, one JSON object per file;
                                  without, read stdin and print the trimmed text
              admin add NAME EMAIL
                                  add an admin account with its own mail address; the password is
                                  asked twice on a terminal, or read from the first line of stdin
                                  (at least 12 characters). Works while the service runs.
              admin list          list the admin accounts: user name, mail address, created
              export-site DIR     write the public blog as static files into DIR (index.html,
                                  t/SLUG/index.html, static/...), replacing an earlier export there
                                  as a whole. Works while the service runs.
              export-mbox SLUG FILE
                                  write the published letters of conversation SLUG to FILE as an
                                  mbox (mboxrd), without the writers' addresses. Works while the
                                  service runs.
              import FILE.mbox|MAILDIR|FILE.eml... (--conversation SLUG | --new TITLE) [--queue]
                                  bring an existing exchange into a conversation: each mail stored
                                  and read like mailbox mail, filed under its author's name and date,
                                  published (or pending with --queue); --new makes a draft
                                  conversation. Mails already stored are skipped, so running it again
                                  imports nothing twice. Ends with one summary line. Works while the
                                  service runs.
              migrate-db --to JDBC_URL [--user NAME] [--password SECRET]
                                  copy the whole blog into a new, empty database (H2 or PostgreSQL),
                                  then say which mail2blog.db.url to set. Stop the service first.
                                  The user and password default to MAIL2BLOG_TARGET_DB_USER and
                                  MAIL2BLOG_TARGET_DB_PASSWORD, then to mail2blog.db.user/password.
              backup FILE         write the whole blog, raw mails included, from one consistent
                                  snapshot into FILE. Works while the service runs.
              restore FILE [--to JDBC_URL] [--user NAME] [--password SECRET]
                                  copy a backup into the configured database, or the one --to names;
                                  refused unless that database holds no blog data yet
              help, --help        show this help

            Configuration: config/application.properties; any key can be overridden with -Dkey=value
            or an environment variable such as MAIL2BLOG_WEB_PORT.""";

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Optional<Console> console;
    private final Properties system;

    /** The real command line: standard input, the terminal if there is one, the JVM's system properties. */
    public Cli(PrintStream out, PrintStream err) {
        this(out, err, System.in, Optional.ofNullable(System.console()), System.getProperties());
    }

    Cli(PrintStream out, PrintStream err, InputStream in, Optional<Console> console, Properties system) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.console = console;
        this.system = system;
    }

    public int run(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        return switch (command) {
            case "run" -> serve();
            case "parse" -> parse(rest);
            case "trim" -> rest.isEmpty() ? new MailCommands(out, err).trimStdin(in) : new MailCommands(out, err).trim(rest);
            case "admin" -> admin(rest);
            case "export-site", "export-mbox" -> export(command, rest);
            case "import" -> importMail(rest);
            case "migrate-db", "backup", "restore" -> store(command, rest);
            case "help", "--help", "-h" -> {
                out.println(USAGE);
                yield 0;
            }
            default -> usage("unknown command '" + command + "'");
        };
    }

    private int parse(List<String> args) throws Exception {
        boolean letters = !args.isEmpty() && args.get(0).equals("--letters");
        List<String> files = letters ? args.subList(1, args.size()) : args;
        if (files.isEmpty()) {
            return usage("parse needs at least one FILE.eml");
        }
        return letters ? letters(files) : new MailCommands(out, err).parse(files);
    }

    private int letters(List<String> files) throws Exception {
        String zone = System.getProperty("mail2blog.blog.time-zone", ZoneId.systemDefault().getId());
        if (!Settings.isZone(zone)) {
            return usage("mail2blog.blog.time-zone '" + zone + "' must be an IANA time zone such as Europe/Stockholm");
        }
        return new MailCommands(out, err).letters(files, ZoneId.of(zone));
    }

    private int admin(List<String> args) throws IOException {
        boolean add = args.size() == 3 && args.get(0).equals("add");
        boolean list = args.size() == 1 && args.get(0).equals("list");
        if (!add && !list) {
            return usage("admin needs 'add NAME EMAIL' or 'list'");
        }
        Optional<Settings> settings = settings();
        if (settings.isEmpty()) {
            return 2;
        }
        AdminCommands commands = new AdminCommands(out, settings.get(), new PasswordInput(console, in));
        try {
            if (add) {
                commands.add(args.get(1), args.get(2));
            } else {
                commands.list();
            }
            return 0;
        } catch (CommandRefused e) {
            err.println("mail2blog: " + e.getMessage());
            return e.exitCode();
        }
    }

    private int export(String command, List<String> args) {
        boolean site = command.equals("export-site");
        if (args.size() != (site ? 1 : 2)) {
            return usage(site ? "export-site needs one DIR" : "export-mbox needs SLUG and FILE");
        }
        Optional<Settings> settings = settings();
        if (settings.isEmpty()) {
            return 2;
        }
        ExportCommands commands = new ExportCommands(out, settings.get());
        try {
            if (site) {
                commands.site(Path.of(args.get(0)));
            } else {
                commands.mbox(args.get(0), Path.of(args.get(1)));
            }
            return 0;
        } catch (CommandRefused e) {
            err.println("mail2blog: " + e.getMessage());
            return e.exitCode();
        }
    }

    private int importMail(List<String> args) {
        ImportRequest request;
        try {
            request = ImportRequest.parse(args, "cli:" + system.getProperty("user.name", "unknown"));
        } catch (CommandRefused e) {
            return usage(e.getMessage());
        }
        Optional<Settings> settings = settings();
        if (settings.isEmpty()) {
            return 2;
        }
        try {
            new ImportCommand(out, err, settings.get(), ImportProgress.isStderrTerminal()).run(request);
            return 0;
        } catch (CommandRefused e) {
            err.println("mail2blog: " + e.getMessage());
            return e.exitCode();
        }
    }

    private int store(String command, List<String> args) {
        Optional<Settings> settings = settings();
        if (settings.isEmpty()) {
            return 2;
        }
        try {
            new StoreCommands(out, settings.get(), System.getenv()).run(command, args);
            return 0;
        } catch (CommandRefused e) {
            if (e.exitCode() == 2) {
                return usage(e.getMessage());
            }
            err.println("mail2blog: " + e.getMessage());
            return e.exitCode();
        }
    }

    private int usage(String problem) {
        err.println("mail2blog: " + problem);
        err.println(USAGE);
        return 2;
    }

    /** The validated configuration, or empty after its problems were printed. */
    private Optional<Settings> settings() {
        try {
            return Optional.of(Settings.load(Path.of("config", "application.properties"), System.getenv(), system));
        } catch (InvalidSettings e) {
            err.println("mail2blog: cannot start, the configuration has problems:");
            e.problems().forEach(p -> err.println("  " + p));
            return Optional.empty();
        }
    }

    private int serve() throws Exception {
        Optional<Settings> settings = settings();
        if (settings.isEmpty()) {
            return 2;
        }
        Files.createDirectories(Path.of("data"));
        CountDownLatch stopped = new CountDownLatch(1);
        Application app = Application.start(settings.get(), out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "mail2blog-shutdown"));
        stopped.await();
        return 0;
    }


}
