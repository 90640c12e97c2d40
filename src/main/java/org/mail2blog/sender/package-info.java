/**
 * What the admins decided about sender addresses (trusted, banned), and each address's history of decided letters.
 * <p>May import audit. Read by moderation (at ingest and in decisions), admin and app.
 */
package org.mail2blog.sender;
