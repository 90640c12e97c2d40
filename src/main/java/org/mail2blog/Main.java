package org.mail2blog;

import java.nio.file.Files;
import java.nio.file.Path;

import org.mail2blog.app.Cli;
import org.mail2blog.app.CliLogging;

/** Entry point: hands the command line to {@link Cli} and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null && Files.exists(Path.of("config", "logback.xml"))) {
            System.setProperty("logback.configurationFile", "config/logback.xml");
        }
        if (args.length > 0 && args[0].equals("import")) {
            // Its stdout is the summary; one INFO line per stored mail would bury it.
            CliLogging.warningsToStderr();
        }
        int code = new Cli(System.out, System.err).run(args);
        if (code != 0 || !"run".equals(args.length > 0 ? args[0] : "")) {
            System.exit(code);
        }
    }
}
