/**
 * The approval queue: pending letters and the admin's decisions on them.
 * <p>May import mime, trim, thread, blog, follow (followers), notify (its event records and notifiers), trust
 * (authentication verdicts), sender (trust and bans), withdraw (tokens) and audit.
 */
package org.mail2blog.moderation;
