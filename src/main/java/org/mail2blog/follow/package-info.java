/**
 * Followers of conversations: who gets the new letters (authors, confirmed page followers, "follow"
 * mails), the double opt-in of the page form, one-click unsubscribe, and those pages' view models.
 * <p>May import mime, thread (a mail's match), blog, notify (its event records) and support.
 */
package org.mail2blog.follow;
