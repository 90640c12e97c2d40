/**
 * Importing an existing exchange: mails read from mbox files, Maildir folders and .eml files, one at
 * a time, and filed the way mailbox mail is (archived raw, parsed, trimmed) as letters of one conversation.
 * <p>May import ingest, mime, trim, blog, moderation, audit and support; imported by app only.
 */
package org.mail2blog.importer;
