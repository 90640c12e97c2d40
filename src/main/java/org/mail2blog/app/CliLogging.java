package org.mail2blog.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * Logging for a command whose stdout is its result: the service's one-line-per-mail INFO log would
 * bury an import's summary, so only warnings are logged, to stderr. Call it once, before the command.
 */
public final class CliLogging {
    private CliLogging() {
    }

    /** Sends warnings and errors to stderr and drops the rest; does nothing when logback is not the logger. */
    public static void warningsToStderr() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%-5level %logger{20} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.addAppender(stderr);
        root.setLevel(Level.WARN);
        context.getLoggerList().stream().filter(l -> l != root && l.getLevel() != null
                && !l.getLevel().isGreaterOrEqual(Level.WARN)).forEach(l -> l.setLevel(Level.WARN));
    }
}
