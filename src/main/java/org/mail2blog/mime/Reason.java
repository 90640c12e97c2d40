package org.mail2blog.mime;

/** Why a mail cannot become a letter. Each reason is permanent: retrying the same bytes fails again. */
public enum Reason {
    /** The bytes are not a MIME message we can read at all. */
    UNPARSEABLE_MIME,
    /** The mail has no usable From address. */
    NO_SENDER,
    /** The mail has no readable text body. */
    NO_BODY
}
