package org.mail2blog.trust;

/** What the trusted Authentication-Results say about a mail's From domain. */
public enum AuthStatus {
    /** DKIM or SPF passed for a domain aligned with the From domain, or DMARC passed for the From domain. */
    PASS,
    /** A trusted server checked the mail, but nothing that passed is aligned with the From domain. */
    FAIL,
    /** No DKIM, SPF or DMARC result from a trusted server (missing, only foreign, or unreadable headers). */
    NONE,
    /** No authserv-id is trusted ({@code mail2blog.trust.authserv-ids} is empty): nothing was believed. */
    UNCONFIGURED
}
