package org.mail2blog.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mail2blog.testing.Ports;
import org.mail2blog.testing.TestTokenServer;

class TokenEndpointTest {
    private static final String REFRESH = "refresh-token-1/ÅÄÖ+=";
    private final TokenEndpoint endpoint = new TokenEndpoint(Duration.ofSeconds(5));

    private static RefreshGrant grant(URI uri, String scope) {
        return new RefreshGrant(uri, TestTokenServer.CLIENT_ID, TestTokenServer.CLIENT_SECRET, REFRESH, scope,
                Duration.ofSeconds(5));
    }

    @Nested
    class AgainstTheTestServer {
        @Test
        void sendsTheRefreshGrantFormWithEveryField() throws Exception {
            try (TestTokenServer server = TestTokenServer.start(REFRESH, "blog@example.com")) {
                endpoint.refresh(grant(server.tokenEndpoint(), "https://mail.google.com/"), REFRESH);
                assertThat(server.tokenRequests()).containsExactly(Map.of("grant_type", "refresh_token",
                        "client_id", TestTokenServer.CLIENT_ID, "client_secret", TestTokenServer.CLIENT_SECRET,
                        "refresh_token", REFRESH, "scope", "https://mail.google.com/"));
            }
        }

        @Test
        void leavesOutAnEmptyScope() throws Exception {
            try (TestTokenServer server = TestTokenServer.start(REFRESH, "blog@example.com")) {
                endpoint.refresh(grant(server.tokenEndpoint(), ""), REFRESH);
                assertThat(server.tokenRequests().get(0)).doesNotContainKey("scope");
            }
        }

        @Test
        void readsTheAccessTokenItsLifetimeAndARotatedRefreshToken() throws Exception {
            try (TestTokenServer server = TestTokenServer.start(REFRESH, "blog@example.com")) {
                server.issueTokensFor(Duration.ofSeconds(3599));
                server.rotateNextTo("refresh-token-2");
                IssuedToken issued = endpoint.refresh(grant(server.tokenEndpoint(), ""), REFRESH);
                assertThat(issued.accessToken()).startsWith("access-");
                assertThat(issued.lifetime()).isEqualTo(Duration.ofSeconds(3599));
                assertThat(issued.refreshToken()).contains("refresh-token-2");
            }
        }

        @Test
        void aRevokedRefreshTokenIsRefusedWithWhatToDo() throws Exception {
            try (TestTokenServer server = TestTokenServer.start(REFRESH, "blog@example.com")) {
                server.revoke(REFRESH);
                assertThatThrownBy(() -> endpoint.refresh(grant(server.tokenEndpoint(), ""), REFRESH))
                        .isInstanceOf(TokenRefused.class)
                        .hasMessageContaining("the refresh token was refused")
                        .hasMessageContaining("invalid_grant")
                        .hasMessageContaining("authorise again")
                        .hasMessageNotContaining(REFRESH);
            }
        }

        @Test
        void aWrongClientSecretIsRefusedNamingTheClientButNotTheSecret() throws Exception {
            try (TestTokenServer server = TestTokenServer.start(REFRESH, "blog@example.com")) {
                RefreshGrant wrong = new RefreshGrant(server.tokenEndpoint(), TestTokenServer.CLIENT_ID,
                        "wrong-secret-value", REFRESH, "", Duration.ofSeconds(5));
                assertThatThrownBy(() -> endpoint.refresh(wrong, REFRESH))
                        .isInstanceOf(TokenRefused.class)
                        .hasMessageContaining(TestTokenServer.CLIENT_ID)
                        .hasMessageContaining("check the client id and client secret")
                        .hasMessageNotContaining("wrong-secret-value");
            }
        }
    }

    @Nested
    class WhenTheEndpointMisbehaves {
        private HttpServer stub;

        private URI answering(int status, String body) throws IOException {
            stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            stub.createContext("/token", exchange -> {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            stub.start();
            return URI.create("http://127.0.0.1:" + stub.getAddress().getPort() + "/token");
        }

        @AfterEach
        void stop() {
            if (stub != null) {
                stub.stop(0);
            }
        }

        @Test
        void aServerErrorIsTransient() throws Exception {
            URI uri = answering(503, "<html>busy</html>");
            assertThatThrownBy(() -> endpoint.refresh(grant(uri, ""), REFRESH))
                    .isExactlyInstanceOf(IOException.class).hasMessageContaining("answered HTTP 503");
        }

        @Test
        void anAnswerThatIsNotJsonAsksWhetherTheUrlIsRight() throws Exception {
            URI uri = answering(200, "<html>sign in</html>");
            assertThatThrownBy(() -> endpoint.refresh(grant(uri, ""), REFRESH))
                    .isExactlyInstanceOf(IOException.class).hasMessageContaining("is the token endpoint URL right?");
        }

        @Test
        void anAnswerWithoutAccessTokenIsAnError() throws Exception {
            URI uri = answering(200, "{\"token_type\":\"Bearer\"}");
            assertThatThrownBy(() -> endpoint.refresh(grant(uri, ""), REFRESH))
                    .isExactlyInstanceOf(IOException.class).hasMessageContaining("without an access_token");
        }

        @Test
        void aMissingLifetimeIsZero() throws Exception {
            URI uri = answering(200, "{\"access_token\":\"abc\"}");
            assertThat(endpoint.refresh(grant(uri, ""), REFRESH).lifetime()).isZero();
        }

        @Test
        void anEndpointThatIsNotListeningIsTransientAndNamed() {
            URI uri = URI.create("http://127.0.0.1:" + Ports.free() + "/token");
            assertThatThrownBy(() -> endpoint.refresh(grant(uri, ""), REFRESH))
                    .isExactlyInstanceOf(IOException.class).hasMessageContaining("no answer from token endpoint")
                    .hasMessageContaining(uri.toString());
        }

        @Test
        void aSilentEndpointTimesOut() throws Exception {
            stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            stub.createContext("/token", exchange -> { });
            stub.start();
            URI uri = URI.create("http://127.0.0.1:" + stub.getAddress().getPort() + "/token");
            RefreshGrant quick = new RefreshGrant(uri, "client", "", REFRESH, "", Duration.ofMillis(300));
            assertThatThrownBy(() -> endpoint.refresh(quick, REFRESH))
                    .isExactlyInstanceOf(IOException.class).hasMessageContaining("no answer from token endpoint");
        }
    }

    @Test
    void grantAndTokenHideTheirSecrets() {
        RefreshGrant grant = grant(URI.create("https://oauth2.googleapis.com/token"), "");
        IssuedToken issued = new IssuedToken("access-secret-value", Duration.ofSeconds(60), java.util.Optional.of("new-refresh-value"));
        assertThat(grant.toString()).contains("https://oauth2.googleapis.com/token", TestTokenServer.CLIENT_ID)
                .doesNotContain(TestTokenServer.CLIENT_SECRET, REFRESH);
        assertThat(issued.toString()).doesNotContain("access-secret-value", "new-refresh-value");
    }
}
