package org.mail2blog.mailbox;

import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.util.Locale;

import jakarta.mail.AuthenticationFailedException;

/**
 * Turns a failed mailbox connection into one line for the log: what failed, on which server, and
 * which key to set. The exception chain is read for its cause; no stack trace is needed to act on it.
 */
public final class ConnectionProblem {
    private ConnectionProblem() {
    }

    /** One line saying what went wrong with {@code connection} and what the admin can do. */
    public static String explain(Throwable failure, MailboxConnection connection) {
        String where = "[ingest] mailbox " + connection.describe() + ": ";
        return where + cause(failure) + "; the service keeps running and tries again at the next poll";
    }

    private static String cause(Throwable failure) {
        if (has(failure, CertPathBuilderException.class) || has(failure, CertPathValidatorException.class)) {
            // Angus Mail reports a certificate that is trusted but names another host the same way.
            return "the server's TLS certificate is not trusted for this host (" + innermost(failure)
                    + "); for a self-signed server or a private CA set mail2blog.mailbox.trusted-certificate-file"
                    + " to its certificate (PEM), and make mail2blog.mailbox.host a name the certificate carries";
        }
        if (text(failure).contains("identity of server") || text(failure).contains("no subject alternative")
                || text(failure).contains("no name matching")) {
            return "the server's TLS certificate does not name the host (" + innermost(failure)
                    + "); set mail2blog.mailbox.host to a name the certificate carries";
        }
        if (text(failure).contains("starttls")) {
            return "STARTTLS failed or is not offered (" + innermost(failure) + "); the login was not attempted"
                    + " without TLS. Check mail2blog.mailbox.port, or use protocol imaps/pop3s";
        }
        if (has(failure, SocketException.class) || has(failure, EOFException.class) || has(failure, UnknownHostException.class)) {
            return "cannot connect, or the server dropped the connection (" + innermost(failure)
                    + "); check mail2blog.mailbox.host and mail2blog.mailbox.port";
        }
        if (has(failure, AuthenticationFailedException.class)) {
            return "the server refused the login (" + innermost(failure) + "); check mail2blog.mailbox.user and"
                    + " the password (MAIL2BLOG_MAILBOX_PASSWORD)";
        }
        if (has(failure, SocketTimeoutException.class)) {
            return "the server did not answer in time (" + innermost(failure)
                    + "); check the server, or raise mail2blog.mailbox.timeout-seconds";
        }
        return "the connection failed (" + innermost(failure) + ")";
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Every message in the chain, lower-case, for phrases only some libraries put in a message. */
    private static String text(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(' ');
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private static String innermost(Throwable failure) {
        Throwable last = failure;
        while (last.getCause() != null && last.getCause() != last) {
            last = last.getCause();
        }
        String message = last.getMessage();
        String line = message == null ? last.getClass().getSimpleName() : message.strip().split("\\R", 2)[0];
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
