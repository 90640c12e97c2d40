/**
 * OAuth2 logins (XOAUTH2) to mailboxes: the refresh-token grant against a provider's token endpoint,
 * the access token cached and refreshed before it expires, provider presets, secrets never shown.
 * <p>Imports no feature package (support only); app wires it into the mailbox consumer.
 */
package org.mail2blog.oauth;
