package org.mail2blog.mime;

/**
 * A permanent failure: this mail cannot become a letter. The raw mail is kept (quarantined) with the
 * reason and the detail, which says what is wrong and what the sender or admin can do about it.
 */
public final class MessageRejected extends Exception {
    private final Reason reason;

    public MessageRejected(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public MessageRejected(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
