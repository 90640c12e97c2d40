/**
 * Admin accounts (Argon2id) and the view models of the admin pages, with the original mail shown safely.
 * <p>May import moderation, blog, mime (to read a stored mail again) and support.
 */
package org.mail2blog.admin;
