/**
 * Admin accounts (Argon2id) and the view models of the admin pages.
 * <p>May import moderation, blog and support.
 */
package org.mail2blog.admin;
