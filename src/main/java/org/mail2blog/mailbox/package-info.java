/**
 * The mailbox connection: protocols (IMAP, IMAPS, POP3, POP3S, STARTTLS), TLS trust, the Java Mail
 * properties of every connection, clear words for connection failures, and the POP3 poller with its UIDLs.
 * <p>May import ingest and support; imported by app only.
 */
package org.mail2blog.mailbox;
