/**
 * The approval queue: pending letters and the admin's decisions on them.
 * <p>May import mime, trim, thread, blog, follow (followers) and notify (its event records and notifiers).
 */
package org.mail2blog.moderation;
