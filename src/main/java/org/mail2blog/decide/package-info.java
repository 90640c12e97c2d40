/**
 * Moderation by mail: an admin decides a pending letter by replying to its notice (sent to the
 * letter's signed moderation address) with {@code ok} or {@code reject <reason>} on the first line.
 * <p>May import mime, trim, moderation, notify (its event records and notifiers) and support.
 */
package org.mail2blog.decide;
