package org.mail2blog.oauth;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a mailbox's OAuth2 tokens come from: a preset for Gmail or Microsoft 365 (token endpoint,
 * scope and IMAP server as the providers publish them), or {@link #CUSTOM}, where all of that is
 * configured. Gmail: developers.google.com/gmail/imap/xoauth2-protocol; Microsoft 365:
 * learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth.
 */
public enum Provider {
    GMAIL("https://oauth2.googleapis.com/token", "https://mail.google.com/", "imap.gmail.com", "https://mail.google.com/"),
    /** The token endpoint names the tenant: {@code common}, {@code organizations}, or the tenant's id or domain. */
    MICROSOFT("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
            "https://outlook.office.com/IMAP.AccessAsUser.All offline_access", "outlook.office365.com",
            "https://outlook.office.com/SMTP.Send offline_access"),
    CUSTOM("", "", "", "");

    private final String tokenEndpoint;
    private final String scope;
    private final String imapHost;
    private final String smtpScope;

    Provider(String tokenEndpoint, String scope, String imapHost, String smtpScope) {
        this.tokenEndpoint = tokenEndpoint;
        this.scope = scope;
        this.imapHost = imapHost;
        this.smtpScope = smtpScope;
    }

    /** The provider a configuration value names ({@code gmail}, {@code microsoft}, {@code custom}). */
    public static Optional<Provider> find(String name) {
        for (Provider p : values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The preset token endpoint for {@code tenant} (used by Microsoft only); empty for {@link #CUSTOM}. */
    public Optional<URI> tokenEndpoint(String tenant) {
        return tokenEndpoint.isEmpty() ? Optional.empty() : Optional.of(URI.create(tokenEndpoint.replace("{tenant}", tenant)));
    }

    /** The preset scope; empty for {@link #CUSTOM}. */
    public Optional<String> scope() {
        return scope.isEmpty() ? Optional.empty() : Optional.of(scope);
    }

    /** The preset scope for sending through the provider's SMTP server; empty for {@link #CUSTOM}. */
    public Optional<String> smtpScope() {
        return smtpScope.isEmpty() ? Optional.empty() : Optional.of(smtpScope);
    }

    /** The provider's IMAP server (IMAPS on port 993); empty for {@link #CUSTOM}. */
    public Optional<String> imapHost() {
        return imapHost.isEmpty() ? Optional.empty() : Optional.of(imapHost);
    }
}
