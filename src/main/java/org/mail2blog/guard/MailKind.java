package org.mail2blog.guard;

/**
 * Who or what sent a mail, as far as its headers tell. Only {@link #PERSON} mail may be published
 * or answered; every other kind is a robot and must never get a reply, or we risk a mail loop.
 */
public enum MailKind {
    /** A human wrote it: publishable, and we may answer it. */
    PERSON,
    /** An out-of-office, vacation or other autoresponder reply (RFC 3834). */
    AUTO_REPLY,
    /** A delivery status notification, a mailer-daemon bounce or a read receipt (RFC 3464, RFC 8098). */
    BOUNCE,
    /** Traffic of another mailing list, or bulk mail such as a newsletter (RFC 2369, RFC 2919). */
    LIST,
    /** Mail we sent ourselves that came back to us: a loop. */
    OWN
}
