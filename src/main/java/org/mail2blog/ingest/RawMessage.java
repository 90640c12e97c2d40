package org.mail2blog.ingest;

import java.util.Objects;

/**
 * The RFC 822 bytes of one mail exactly as the mailbox served them.
 *
 * @param bytes the whole message, headers and body; the array is not copied, do not modify it
 */
public record RawMessage(byte[] bytes) {
    public RawMessage {
        Objects.requireNonNull(bytes, "bytes");
    }
}
