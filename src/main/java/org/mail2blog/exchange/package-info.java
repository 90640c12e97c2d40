/**
 * Forwarded exchanges: every letter embedded in a forwarded mail (inline forwards, quoted reply chains, attached messages) with its own author, date and words, oldest first.
 * <p>May import {@code org.mail2blog.mime} and {@code org.mail2blog.trim}; nothing else of mail2blog.
 */
package org.mail2blog.exchange;
