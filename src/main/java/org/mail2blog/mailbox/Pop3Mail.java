package org.mail2blog.mailbox;

import java.util.Objects;

import org.mail2blog.ingest.RawMessage;

/**
 * One mail fetched over POP3, not yet stored.
 *
 * @param uidl the server's unique id for it (RFC 1939 UIDL), stable across sessions
 * @param raw  its bytes exactly as the server sent them
 */
public record Pop3Mail(String uidl, RawMessage raw) {
    public Pop3Mail {
        Objects.requireNonNull(uidl, "uidl");
        Objects.requireNonNull(raw, "raw");
    }
}
