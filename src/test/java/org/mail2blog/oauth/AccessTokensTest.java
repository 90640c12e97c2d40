package org.mail2blog.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.testing.LogCapture;
import org.mail2blog.testing.TestClock;
import org.mail2blog.testing.TestTokenServer;

class AccessTokensTest {
    private static final String REFRESH = "refresh-token-first";
    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
    private TestTokenServer server;
    private AccessTokens tokens;

    @BeforeEach
    void start() throws Exception {
        server = TestTokenServer.start(REFRESH, "blog@example.com");
        server.issueTokensFor(Duration.ofHours(1));
        tokens = new AccessTokens(new TokenEndpoint(Duration.ofSeconds(5)), new RefreshGrant(server.tokenEndpoint(),
                TestTokenServer.CLIENT_ID, TestTokenServer.CLIENT_SECRET, REFRESH, "", Duration.ofSeconds(5)), clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void reusesTheTokenWhileItIsFresh() throws Exception {
        String first = tokens.current();
        clock.advance(Duration.ofMinutes(58).plusSeconds(59));
        assertThat(tokens.current()).isEqualTo(first);
        assertThat(server.refreshes()).isEqualTo(1);
    }

    @Test
    void refreshesOneMinuteBeforeTheTokenEnds() throws Exception {
        String first = tokens.current();
        clock.advance(Duration.ofMinutes(59));
        assertThat(tokens.current()).isNotEqualTo(first);
        assertThat(server.refreshes()).isEqualTo(2);
    }

    @Test
    void refreshesAShortLivedTokenAtHalfItsLife() throws Exception {
        server.issueTokensFor(Duration.ofSeconds(40));
        tokens.current();
        clock.advance(Duration.ofSeconds(19));
        tokens.current();
        assertThat(server.refreshes()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        tokens.current();
        assertThat(server.refreshes()).isEqualTo(2);
    }

    @Test
    void usesARotatedRefreshTokenForTheNextRefresh() throws Exception {
        server.rotateNextTo("refresh-token-second");
        tokens.current();
        clock.advance(Duration.ofHours(1));
        tokens.current();
        assertThat(server.tokenRequests()).extracting(form -> form.get("refresh_token"))
                .containsExactly(REFRESH, "refresh-token-second");
    }

    @Test
    void saysThatANewRefreshTokenWasIssuedWithoutShowingAnyToken() throws Exception {
        try (LogCapture log = LogCapture.of("org.mail2blog.oauth")) {
            server.rotateNextTo("refresh-token-second");
            String access = tokens.current();
            assertThat(log.text()).contains("issued a new refresh token")
                    .doesNotContain(REFRESH, "refresh-token-second", access, TestTokenServer.CLIENT_SECRET);
        }
    }

    @Test
    void aRefusedGrantIsNotSentAgain() throws Exception {
        server.revoke(REFRESH);
        try (LogCapture log = LogCapture.of("org.mail2blog.oauth")) {
            assertThatThrownBy(tokens::current).isInstanceOf(TokenRefused.class);
            assertThatThrownBy(tokens::current).isInstanceOf(TokenRefused.class)
                    .hasMessageContaining("authorise again");
            assertThat(server.tokenRequests()).hasSize(1);
            assertThat(log.lines()).singleElement().asString().startsWith("ERROR [oauth] the refresh token was refused");
        }
    }

    @Test
    void callersAtTheSameTimeShareOneRefresh() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(tokens::current);
            }
            List<String> seen = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                seen.add(f.get());
            }
            assertThat(seen).containsOnly(seen.get(0));
            assertThat(server.refreshes()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void showsNoSecretInItsDescription() {
        assertThat(tokens.toString()).doesNotContain(REFRESH, TestTokenServer.CLIENT_SECRET);
    }
}
