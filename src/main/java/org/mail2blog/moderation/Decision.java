package org.mail2blog.moderation;

/** What an admin decides about a pending letter. */
public enum Decision {
    /** Publish it on its conversation's page. */
    APPROVE,
    /** Never publish it. */
    REJECT
}
