package org.mail2blog.app;

/** A command line request that cannot be carried out; the message says why and what to do, in one line. */
final class CommandRefused extends Exception {
    private final int exitCode;

    CommandRefused(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
