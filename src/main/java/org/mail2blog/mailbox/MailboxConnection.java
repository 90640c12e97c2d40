package org.mail2blog.mailbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import javax.net.ssl.SSLSocketFactory;

/**
 * Where and how the mailbox is reached, and the one place that turns this into Jakarta Mail
 * properties: the IMAP route and the POP3 poller both connect with {@link #javaMailProperties()}.
 *
 * @param protocol   imap, imaps, pop3 or pop3s
 * @param host       the server's host name, also checked against its certificate
 * @param port       the server's TCP port
 * @param startTls   upgrade a plain imap/pop3 connection with STARTTLS and refuse to log in without it
 * @param timeout    connection, read and write timeout
 * @param trust      the certificates to trust instead of the system trust store; empty = the system's
 * @param xoauth2    log in with XOAUTH2 (the secret is an OAuth2 access token) instead of a password
 */
public record MailboxConnection(MailboxProtocol protocol, String host, int port, boolean startTls,
                                Duration timeout, Optional<SSLSocketFactory> trust, boolean xoauth2) {
    /** A connection that logs in with a password. */
    public MailboxConnection(MailboxProtocol protocol, String host, int port, boolean startTls,
                             Duration timeout, Optional<SSLSocketFactory> trust) {
        this(protocol, host, port, startTls, timeout, trust, false);
    }

    public MailboxConnection {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(trust, "trust");
        if (startTls && protocol.isImplicitTls()) {
            throw new IllegalArgumentException("STARTTLS applies to imap and pop3, not to " + protocol.javaMailName());
        }
    }

    /**
     * The Jakarta Mail properties of a connection: timeouts, STARTTLS (required when asked), the
     * server's host name checked against its certificate, the trusted certificates if configured, and
     * the XOAUTH2 mechanism when the login is an OAuth2 access token.
     * A fresh object on every call; the socket factory in it is shared and thread-safe.
     */
    public Properties javaMailProperties() {
        String prefix = "mail." + protocol.javaMailName() + ".";
        String millis = Long.toString(timeout.toMillis());
        Properties props = new Properties();
        props.put(prefix + "connectiontimeout", millis);
        props.put(prefix + "timeout", millis);
        props.put(prefix + "writetimeout", millis);
        props.put(prefix + "ssl.checkserveridentity", "true");
        if (startTls) {
            props.put(prefix + "starttls.enable", "true");
            props.put(prefix + "starttls.required", "true");
        }
        trust.ifPresent(factory -> props.put(prefix + "ssl.socketFactory", factory));
        if (xoauth2) {
            props.put(prefix + "auth.mechanisms", "XOAUTH2");
            // IMAP opens further connections (folders) with the secret of the first login; with a
            // token that has ended since, they would fail: ask the authenticator for each one instead.
            props.put(prefix + "forcepasswordrefresh", "true");
        }
        return props;
    }

    /** How the log names this mailbox: {@code imaps://host:port}. */
    public String describe() {
        return protocol.javaMailName() + "://" + host + ":" + port + (startTls ? " (STARTTLS)" : "");
    }
}
