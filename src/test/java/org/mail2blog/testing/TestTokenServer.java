package org.mail2blog.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small OAuth2 authorisation server on loopback, for tests: {@code POST /token} answers the
 * refresh-token grant of one client (issuing access tokens with a lifetime the test sets, and
 * {@code invalid_grant} for a revoked or unknown refresh token), and {@code POST /introspect}
 * answers RFC 7662 introspection for the tokens it issued, as Dovecot's oauth2 passdb asks it:
 * {@code active} only until a token's end. It keeps every token request it received. Thread-safe.
 */
public final class TestTokenServer implements AutoCloseable {
    public static final String CLIENT_ID = "mail2blog-test-client";
    public static final String CLIENT_SECRET = "klient-hemlighet-åäö-42";
    private final HttpServer server;
    private final String user;
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final List<Map<String, String>> tokenRequests = new ArrayList<>();
    private volatile Duration lifetime = Duration.ofHours(1);
    private volatile String rotateTo;

    private TestTokenServer(String refreshToken, String user) throws IOException {
        this.user = user;
        refreshTokens.add(refreshToken);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/introspect", this::introspect);
        server.start();
    }

    /** Starts a server that grants tokens for {@code user} to holders of {@code refreshToken}. */
    public static TestTokenServer start(String refreshToken, String user) throws IOException {
        return new TestTokenServer(refreshToken, user);
    }

    public URI tokenEndpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token");
    }

    public URI introspectionEndpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/introspect");
    }

    /** The lifetime ({@code expires_in}) of the access tokens issued from now on. */
    public void issueTokensFor(Duration lifetime) {
        this.lifetime = lifetime;
    }

    /** The next answer carries {@code newRefreshToken}, which replaces every refresh token granted so far. */
    public void rotateNextTo(String newRefreshToken) {
        rotateTo = newRefreshToken;
    }

    /** Refuses {@code refreshToken} from now on ({@code invalid_grant}), as after the owner revoked access. */
    public void revoke(String refreshToken) {
        refreshTokens.remove(refreshToken);
    }

    /** The forms of every token request received, oldest first. */
    public synchronized List<Map<String, String>> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    /** How many access tokens were issued. */
    public synchronized int refreshes() {
        return accessTokens.size();
    }

    /** True while some access token it issued has not yet ended. */
    public boolean hasActiveToken() {
        Instant now = Instant.now();
        return accessTokens.values().stream().anyMatch(now::isBefore);
    }

    /**
     * Dovecot configuration lines (for {@link Dovecot#start(Path, String)}) that accept XOAUTH2 and
     * OAUTHBEARER logins checked against this server's introspection; writes the passdb's file under {@code dir}.
     */
    public String dovecotPassdb(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("oauth2.conf.ext"), """
                introspection_mode = post
                introspection_url = %s
                username_attribute = username
                active_attribute = active
                active_value = true
                """.formatted(introspectionEndpoint()), StandardCharsets.UTF_8);
        return """
                auth_mechanisms = plain login xoauth2 oauthbearer
                passdb {
                  driver = oauth2
                  mechanisms = xoauth2 oauthbearer
                  args = ${dir}/oauth2.conf.ext
                }
                """;
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(exchange.getRequestBody());
        synchronized (this) {
            tokenRequests.add(form);
        }
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            answer(exchange, 401, "{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}");
        } else if (!"refresh_token".equals(form.get("grant_type")) || !refreshTokens.contains(form.get("refresh_token"))) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"token revoked or unknown\"}");
        } else {
            answer(exchange, 200, issue());
        }
    }

    private synchronized String issue() {
        String token = "access-" + UUID.randomUUID();
        accessTokens.put(token, Instant.now().plus(lifetime));
        String rotated = rotateTo;
        rotateTo = null;
        if (rotated != null) {
            refreshTokens.clear();
            refreshTokens.add(rotated);
        }
        return "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + lifetime.toSeconds()
                + (rotated == null ? "" : ",\"refresh_token\":\"" + rotated + "\"") + "}";
    }

    private void introspect(HttpExchange exchange) throws IOException {
        String token = form(exchange.getRequestBody()).getOrDefault("token", "");
        Instant end = accessTokens.get(token);
        boolean active = end != null && Instant.now().isBefore(end);
        answer(exchange, 200, active ? "{\"active\":true,\"username\":\"" + user + "\"}" : "{\"active\":false}");
    }

    private static Map<String, String> form(InputStream body) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : new String(body.readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
