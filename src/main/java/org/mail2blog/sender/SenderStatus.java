package org.mail2blog.sender;
import org.mail2blog.sender.SenderStatus;

/** What the admins decided about a sender address; an address without a decision is {@code ORDINARY}. */
public enum SenderStatus {
    /** No decision: every letter waits in the queue. */
    ORDINARY,
    /** Letters are published at once, but only when the mail authenticates the From domain. */
    TRUSTED,
    /** Mail goes straight to spam, never to the queue. */
    BANNED
}
