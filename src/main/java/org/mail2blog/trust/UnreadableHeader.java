package org.mail2blog.trust;

/**
 * An Authentication-Results value that does not follow RFC 8601 closely enough to be read. The
 * message says what was expected and where, so it can be shown to the admin as the reason the
 * header was ignored.
 */
public final class UnreadableHeader extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableHeader(String reason) {
        super(reason);
    }
}
