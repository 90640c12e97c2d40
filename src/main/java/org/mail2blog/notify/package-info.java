/**
 * Outgoing mail: the events that cause mail, the outbox they are written to in the same transaction,
 * the templates that render them and the sender that hands them to the SMTP relay with retries.
 * <p>Knows only its own event records: imports no other feature package (support only).
 */
package org.mail2blog.notify;
