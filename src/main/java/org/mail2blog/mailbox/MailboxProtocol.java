package org.mail2blog.mailbox;

import java.util.Locale;
import java.util.Optional;

/** The protocols a mailbox is read with, under the names Jakarta Mail and the configuration use. */
public enum MailboxProtocol {
    IMAP(143, false),
    IMAPS(993, true),
    POP3(110, false),
    POP3S(995, true);

    private final int defaultPort;
    private final boolean implicitTls;

    MailboxProtocol(int defaultPort, boolean implicitTls) {
        this.defaultPort = defaultPort;
        this.implicitTls = implicitTls;
    }

    /** The protocol with this configuration name ({@code imap}, {@code imaps}, {@code pop3}, {@code pop3s}). */
    public static Optional<MailboxProtocol> find(String name) {
        for (MailboxProtocol p : values()) {
            if (p.javaMailName().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The Jakarta Mail store name and prefix of its properties ({@code mail.<name>.…}). */
    public String javaMailName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** True when TLS starts with the connection (imaps, pop3s), so STARTTLS does not apply. */
    public boolean isImplicitTls() {
        return implicitTls;
    }

    /** True for POP3 and POP3S, which have one folder and no flags the server keeps. */
    public boolean isPop3() {
        return this == POP3 || this == POP3S;
    }
}
