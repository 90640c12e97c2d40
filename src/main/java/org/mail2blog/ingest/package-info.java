/**
 * Ingest: every received mail stored raw (SHA-256, Message-ID) before the mailbox is told anything, and the quarantine for mail that cannot be read.
 * <p>May import mime and support; imported by app only.
 */
package org.mail2blog.ingest;
