/**
 * Telling people from robots: out-of-office replies, bounces, other lists' traffic and our own mail
 * coming back, decided from the header block alone ({@link org.mail2blog.guard.AutoReplyGuard}).
 * <p>May import support only; pure Jakarta Mail header parsing, no database, no Camel.
 */
package org.mail2blog.guard;
