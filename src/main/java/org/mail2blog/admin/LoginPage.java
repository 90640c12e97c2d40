package org.mail2blog.admin;

/** The login form; {@code error} is empty unless the last attempt failed. */
public record LoginPage(String csrfToken, String username, String error) {
}
