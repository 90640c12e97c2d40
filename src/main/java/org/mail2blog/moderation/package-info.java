/**
 * The approval queue: pending letters and the admin's decisions on them.
 * <p>May import mime, trim, thread and blog.
 */
package org.mail2blog.moderation;
