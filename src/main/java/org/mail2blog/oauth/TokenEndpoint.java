package org.mail2blog.oauth;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends the refresh-token grant to a token endpoint (RFC 6749 section 6) and reads its JSON answer.
 * A refusal the admin must act on ({@code invalid_grant}, {@code invalid_client}, …) is a
 * {@link TokenRefused}; a server or network failure, which the next try may not meet, is an
 * {@link IOException}. No message names a secret. Thread-safe.
 */
public final class TokenEndpoint {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;

    public TokenEndpoint(Duration connectTimeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Asks for a new access token with {@code refreshToken} (the grant's, or one the endpoint rotated since). */
    public IssuedToken refresh(RefreshGrant grant, String refreshToken) throws TokenRefused, IOException {
        HttpRequest request = HttpRequest.newBuilder(grant.tokenEndpoint()).timeout(grant.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(grant, refreshToken))).build();
        HttpResponse<String> response = send(request, grant);
        JsonNode body = parse(response, grant);
        if (response.statusCode() == 200) {
            return issued(body, grant);
        }
        String error = body.path("error").asText("");
        String description = body.path("error_description").asText("");
        String detail = error + (description.isEmpty() ? "" : ": " + description);
        Optional<TokenRefused> refused = refusal(error, detail, grant);
        if (refused.isPresent()) {
            throw refused.get();
        }
        throw new IOException("[oauth] token endpoint " + grant.tokenEndpoint() + " answered HTTP "
                + response.statusCode() + (detail.isEmpty() ? "" : " (" + detail + ")"));
    }

    private static String form(RefreshGrant grant, String refreshToken) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "refresh_token");
        fields.put("client_id", grant.clientId());
        if (!grant.clientSecret().isEmpty()) {
            fields.put("client_secret", grant.clientSecret());
        }
        fields.put("refresh_token", refreshToken);
        if (!grant.scope().isEmpty()) {
            fields.put("scope", grant.scope());
        }
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest request, RefreshGrant grant) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("[oauth] interrupted while asking " + grant.tokenEndpoint() + " for a token", e);
        } catch (IOException e) {
            throw new IOException("[oauth] no answer from token endpoint " + grant.tokenEndpoint() + ": " + e, e);
        }
    }

    private static JsonNode parse(HttpResponse<String> response, RefreshGrant grant) throws IOException {
        try {
            JsonNode body = JSON.readTree(response.body());
            if (body != null && body.isObject()) {
                return body;
            }
        } catch (JsonProcessingException notJson) {
            // reported below, with the status, as an answer that is not a JSON object
        }
        throw new IOException("[oauth] token endpoint " + grant.tokenEndpoint() + " answered HTTP "
                + response.statusCode() + (response.statusCode() >= 500 ? ""
                : " without a JSON object; is the token endpoint URL right?"));
    }

    private static IssuedToken issued(JsonNode body, RefreshGrant grant) throws IOException {
        String accessToken = body.path("access_token").asText("");
        if (accessToken.isEmpty()) {
            throw new IOException("[oauth] token endpoint " + grant.tokenEndpoint() + " answered without an access_token");
        }
        Duration lifetime = Duration.ofSeconds(Math.max(0, body.path("expires_in").asLong(0)));
        Optional<String> rotated = Optional.of(body.path("refresh_token").asText(""))
                .filter(t -> !t.isEmpty());
        return new IssuedToken(accessToken, lifetime, rotated);
    }

    /** The OAuth2 errors (RFC 6749 section 5.2) that only the admin can mend. */
    private static Optional<TokenRefused> refusal(String error, String detail, RefreshGrant grant) {
        String message = switch (error) {
            case "invalid_grant" -> "the refresh token was refused by " + grant.tokenEndpoint()
                    + " (" + detail + "): authorise again and set the new refresh token";
            case "invalid_client", "unauthorized_client" -> "the client " + grant.clientId() + " was refused by "
                    + grant.tokenEndpoint() + " (" + detail + "): check the client id and client secret";
            case "invalid_scope" -> "the scope '" + grant.scope() + "' was refused by " + grant.tokenEndpoint()
                    + " (" + detail + "): check the scope setting";
            default -> "";
        };
        return message.isEmpty() ? Optional.empty() : Optional.of(new TokenRefused("[oauth] " + message));
    }
}
