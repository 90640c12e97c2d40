package org.mail2blog.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class ProviderTest {
    @Test
    void gmailPresetIsGooglesTokenEndpointAndMailScope() {
        assertThat(Provider.find("gmail")).contains(Provider.GMAIL);
        assertThat(Provider.GMAIL.tokenEndpoint("ignored")).contains(URI.create("https://oauth2.googleapis.com/token"));
        assertThat(Provider.GMAIL.scope()).contains("https://mail.google.com/");
        assertThat(Provider.GMAIL.imapHost()).contains("imap.gmail.com");
    }

    @Test
    void microsoftPresetNamesTheTenantAndAsksForOfflineAccess() {
        assertThat(Provider.MICROSOFT.tokenEndpoint("contoso.onmicrosoft.com")).contains(
                URI.create("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"));
        assertThat(Provider.MICROSOFT.scope()).contains("https://outlook.office.com/IMAP.AccessAsUser.All offline_access");
        assertThat(Provider.MICROSOFT.imapHost()).contains("outlook.office365.com");
    }

    @Test
    void sendingAsksGmailForTheSameScopeAndMicrosoftForSmtpSend() {
        assertThat(Provider.GMAIL.smtpScope()).contains("https://mail.google.com/");
        assertThat(Provider.MICROSOFT.smtpScope()).contains("https://outlook.office.com/SMTP.Send offline_access");
        assertThat(Provider.CUSTOM.smtpScope()).isEmpty();
    }

    @Test
    void customHasNoPresets() {
        assertThat(Provider.CUSTOM.tokenEndpoint("common")).isEmpty();
        assertThat(Provider.CUSTOM.scope()).isEmpty();
        assertThat(Provider.CUSTOM.imapHost()).isEmpty();
    }

    @Test
    void unknownNamesAreNotProviders() {
        assertThat(Provider.find("yahoo")).isEmpty();
        assertThat(Provider.find("GMAIL")).isEmpty();
    }
}
