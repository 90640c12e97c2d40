/**
 * The approval queue: pending letters and the admin's decisions on them.
 * <p>May import mime, trim, thread, blog and notify (its event records and Notifier).
 */
package org.mail2blog.moderation;
