/**
 * Matching a mail to its conversation: reply address token first, then In-Reply-To/References, then a
 * checked guess by subject.
 * <p>May import mime and blog.
 */
package org.mail2blog.thread;
