package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import jakarta.mail.PasswordAuthentication;
import org.junit.jupiter.api.Test;
import org.mail2blog.oauth.AccessTokens;
import org.mail2blog.oauth.RefreshGrant;
import org.mail2blog.oauth.TokenEndpoint;
import org.mail2blog.testing.TestTokenServer;

class MailboxAuthenticatorTest {
    private static final String USER = "blog@example.com";

    private static AccessTokens tokens(TestTokenServer server) {
        return new AccessTokens(new TokenEndpoint(Duration.ofSeconds(5)), new RefreshGrant(server.tokenEndpoint(),
                TestTokenServer.CLIENT_ID, TestTokenServer.CLIENT_SECRET, "refresh-1", "", Duration.ofSeconds(5)),
                Clock.systemUTC());
    }

    @Test
    void givesTheUserAndThePassword() {
        PasswordAuthentication login = MailboxAuthenticator.withPassword(USER, "lösenord-1").getPasswordAuthentication();
        assertThat(login.getUserName()).isEqualTo(USER);
        assertThat(login.getPassword()).isEqualTo("lösenord-1");
    }

    @Test
    void givesTheUserAndTheCurrentAccessToken() throws Exception {
        try (TestTokenServer server = TestTokenServer.start("refresh-1", USER)) {
            PasswordAuthentication login = MailboxAuthenticator.withTokens(USER, tokens(server)).getPasswordAuthentication();
            assertThat(login.getUserName()).isEqualTo(USER);
            assertThat(login.getPassword()).startsWith("access-");
        }
    }

    @Test
    void aRefusedRefreshEndsTheLoginWithTheRefusal() throws Exception {
        try (TestTokenServer server = TestTokenServer.start("refresh-1", USER)) {
            server.revoke("refresh-1");
            MailboxAuthenticator authenticator = MailboxAuthenticator.withTokens(USER, tokens(server));
            assertThatThrownBy(authenticator::getPasswordAuthentication)
                    .hasMessageStartingWith("[ingest] no login to the mailbox as blog@example.com: [oauth] the refresh token was refused")
                    .hasMessageNotContaining("refresh-1");
        }
    }

    @Test
    void showsNeitherPasswordNorToken() {
        assertThat(MailboxAuthenticator.withPassword(USER, "lösenord-1").toString())
                .isEqualTo("MailboxAuthenticator[blog@example.com, password]");
    }
}
