/**
 * Starting conversations by mail: an admin's mail to the plain blog address becomes a draft
 * conversation, and the letters of a forwarded exchange become its published letters.
 * <p>May import mime, exchange, thread (its subject rules), moderation and blog.
 */
package org.mail2blog.start;
