/**
 * Login hardening for the admin pages: failed-login limits per user name and client address, and
 * the absolute lifetime of a login. Pure Java with an injectable clock.
 * <p>Imports no feature package.
 */
package org.mail2blog.login;
