package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.testing.Dovecot;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.LogCapture;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.Required;
import org.mail2blog.testing.TestApp;
import org.mail2blog.testing.TestTokenServer;

/**
 * The mailbox login with XOAUTH2 against a real Dovecot whose oauth2 passdb asks a loopback token
 * server (introspection) whether the presented access token is active: mail is read with an access
 * token got through the refresh-token grant, a token that has ended is replaced before the next
 * login, and a revoked refresh token stops reading with a clear error while the mail stays put.
 */
class OAuthMailboxIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String REFRESH_TOKEN = "refresh-token-for-the-blog-1";
    @TempDir
    Path dir;
    private TestTokenServer tokens;
    private Dovecot dovecot;

    @BeforeEach
    void startServers() throws Exception {
        Required.dovecot();
        tokens = TestTokenServer.start(REFRESH_TOKEN, Dovecot.USER);
        Path dovecotDir = dir.resolve("dovecot");
        dovecot = Dovecot.start(dovecotDir, tokens.dovecotPassdb(dovecotDir));
    }

    @AfterEach
    void stopServers() {
        if (dovecot != null) {
            dovecot.close();
        }
        if (tokens != null) {
            tokens.close();
        }
    }

    @Test
    void mailIsReadWithAnAccessTokenFromTheRefreshGrant() throws Exception {
        try (TestApp app = start()) {
            dovecot.deliver(Mails.fixture("e2e/oauth-first-reply.eml", app.sampleReplyAddress()));
            app.awaitQueued("Gunnel Björk", WAIT);
            assertThat(tokens.refreshes()).isEqualTo(1);
            assertThat(tokens.tokenRequests().get(0)).containsEntry("refresh_token", REFRESH_TOKEN)
                    .containsEntry("client_secret", TestTokenServer.CLIENT_SECRET);
            assertThat(dovecot.log()).contains("Login: user=<" + Dovecot.USER + ">, method=XOAUTH2");
        }
    }

    @Test
    void aTokenThatHasEndedIsRefreshedBeforeTheNextLogin() throws Exception {
        tokens.issueTokensFor(Duration.ofSeconds(3));
        try (TestApp app = start()) {
            dovecot.deliver(Mails.fixture("e2e/oauth-first-reply.eml", app.sampleReplyAddress()));
            app.awaitQueued("Gunnel Björk", WAIT);
            // Each poll logs in afresh; a token that is about to end is replaced before that login.
            Eventually.until("a second access token", WAIT, () -> tokens.refreshes() >= 2);
            dovecot.deliver(Mails.fixture("e2e/oauth-second-reply.eml", app.sampleReplyAddress()));
            app.awaitQueued("Peter Lundqvist", WAIT);
            // Moving the mail to the processed folder needs a login too: with the ended token it would fail.
            Eventually.until("the second mail to leave the inbox", WAIT, () -> inboxCount() == 0);
            assertThat(tokens.refreshes()).isGreaterThanOrEqualTo(2);
            assertThat(dovecot.log().lines().filter(l -> l.contains("Login: user=<" + Dovecot.USER + ">, method=XOAUTH2")))
                    .hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aRevokedRefreshTokenStopsReadingWithAClearErrorAndTheMailStays() throws Exception {
        tokens.issueTokensFor(Duration.ofSeconds(3));
        try (TestApp app = start(); LogCapture log = LogCapture.of("org.mail2blog.oauth")) {
            dovecot.deliver(Mails.fixture("e2e/oauth-first-reply.eml", app.sampleReplyAddress()));
            app.awaitQueued("Gunnel Björk", WAIT);
            tokens.revoke(REFRESH_TOKEN);
            Eventually.until("the refusal in the log", WAIT, () -> log.text().contains(
                    "the refresh token was refused by " + tokens.tokenEndpoint() + " (invalid_grant"));
            Eventually.until("the last access token to end", WAIT, () -> !tokens.hasActiveToken());
            dovecot.deliver(Mails.fixture("e2e/oauth-second-reply.eml", app.sampleReplyAddress()));
            assertThat(log.text()).contains("authorise again").doesNotContain(REFRESH_TOKEN, TestTokenServer.CLIENT_SECRET);
            Eventually.stays("the second mail in the inbox, unread by mail2blog", Duration.ofSeconds(3),
                    () -> inboxCount() == 1);
            assertThat(app.http().get("/admin/api/queue", TestApp.API_TOKEN).body()).doesNotContain("Lundqvist");
        }
    }

    private TestApp start() throws Exception {
        Files.writeString(dir.resolve("client-secret"), TestTokenServer.CLIENT_SECRET + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("refresh-token"), REFRESH_TOKEN + "\n", StandardCharsets.UTF_8);
        Map<String, String> oauth = new HashMap<>();
        oauth.put("mail2blog.mailbox.auth", "xoauth2");
        oauth.put("mail2blog.mailbox.oauth2.provider", "custom");
        oauth.put("mail2blog.mailbox.oauth2.client-id", TestTokenServer.CLIENT_ID);
        oauth.put("mail2blog.mailbox.oauth2.token-endpoint", tokens.tokenEndpoint().toString());
        oauth.put("mail2blog.mailbox.oauth2.client-secret-file", dir.resolve("client-secret").toString());
        oauth.put("mail2blog.mailbox.oauth2.refresh-token-file", dir.resolve("refresh-token").toString());
        return TestApp.withMailbox(dir.resolve("data"), dovecot.imapPort(), Dovecot.USER, "", oauth);
    }

    /** Mail in the INBOX, counted over a password login (Dovecot's passwd-file passdb still takes one). */
    private int inboxCount() {
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", dovecot.imapPort(), Dovecot.USER, Dovecot.PASSWORD);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                int n = inbox.getMessageCount();
                inbox.close(false);
                return n;
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
