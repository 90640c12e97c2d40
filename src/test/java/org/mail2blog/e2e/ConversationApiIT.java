package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.TestApp;
import org.mail2blog.testing.TestDatabase;

/** Issue 5, conversations through the JSON admin API: create, edit, close, and arrange the letters; all audited as api. */
class ConversationApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String API = "/admin/api/conversations";
    @TempDir
    static Path dataDir;
    static TestApp app;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.embedded(dataDir);
        http = app.http();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> call(String method, String path, String body) {
        return http.json(method, path, TestApp.API_TOKEN, body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode created(String title, String slug) {
        HttpResponse<String> response = call("POST", API, "{\"title\":\"" + title + "\",\"slug\":\"" + slug
                + "\",\"intro\":\"Hej!\",\"published\":true}");
        assertThat(response.statusCode()).isEqualTo(201);
        return json(response);
    }

    @Test
    void conversationIsCreatedEditedAndReadBack() {
        HttpResponse<String> response = call("POST", API, "{\"title\":\"Cykelförrådet på gården\",\"intro\":"
                + "\"Åtta cyklar utan ägare.\",\"labels\":[\"Gården\",\"Vardag\"],\"published\":true}");
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode c = json(response);
        assertThat(c.get("slug").asText()).isEqualTo("cykelforradet-pa-garden");
        assertThat(c.get("labels")).extracting(JsonNode::asText).containsExactly("Gården", "Vardag");
        assertThat(c.get("published").asBoolean()).isTrue();
        assertThat(c.get("closed").asBoolean()).isFalse();

        JsonNode edited = json(call("PATCH", API + "/cykelforradet-pa-garden",
                "{\"slug\":\"cyklarna\",\"outro\":\"Hör av er!\"}"));
        assertThat(edited.get("slug").asText()).isEqualTo("cyklarna");
        assertThat(edited.get("outro").asText()).isEqualTo("Hör av er!");
        assertThat(edited.get("intro").asText()).isEqualTo("Åtta cyklar utan ägare.");
        assertThat(edited.get("title").asText()).isEqualTo("Cykelförrådet på gården");
        assertThat(http.get("/t/cykelforradet-pa-garden").headers().firstValue("Location")).hasValue("/t/cyklarna");
        assertThat(json(http.get(API + "/cyklarna", TestApp.API_TOKEN)).get("outro").asText()).isEqualTo("Hör av er!");
        assertThat(audit("conversation cyklarna")).containsExactly("api edit");
        assertThat(auditDetails("conversation cyklarna")).containsExactly("slug cykelforradet-pa-garden \u2192 cyklarna;"
                + " outro changed (0 \u2192 10 characters)");
    }

    @Test
    void refusedFieldsAreNamed() {
        JsonNode blank = json(call("POST", API, "{\"title\":\" \",\"slug\":\"Med Mellanslag\"}"));
        assertThat(blank.get("fields").fieldNames()).toIterable().containsExactly("title", "slug");
        HttpResponse<String> wrongType = call("POST", API, "{\"title\":5}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(json(wrongType).get("fields").get("title").asText()).isEqualTo("title must be a string");
        assertThat(call("POST", API, "inte json").statusCode()).isEqualTo(400);
        created("Trappan", "trappan");
        HttpResponse<String> taken = call("PATCH", API + "/trappan", "{\"slug\":\"kallsortering-ii\"}");
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(json(taken).get("fields").get("slug").asText()).contains("kallsortering-ii");
        HttpResponse<String> publishByPatch = call("PATCH", API + "/trappan", "{\"published\":false}");
        assertThat(publishByPatch.statusCode()).isEqualTo(400);
        assertThat(json(publishByPatch).get("fields").get("published").asText()).contains("/unpublish");
    }

    @Test
    void unknownConversationIsNotFound() {
        assertThat(http.get(API + "/finns-inte", TestApp.API_TOKEN).statusCode()).isEqualTo(404);
        assertThat(call("PATCH", API + "/finns-inte", "{}").statusCode()).isEqualTo(404);
        assertThat(http.post(API + "/finns-inte/close", TestApp.API_TOKEN).statusCode()).isEqualTo(404);
        assertThat(http.post(API + "/finns-inte/letters/1/remove", TestApp.API_TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    void conversationIsClosedAndReopened() {
        created("Hissen", "hissen");
        JsonNode closed = json(http.post(API + "/hissen/close", TestApp.API_TOKEN));
        assertThat(closed.get("closed").asBoolean()).isTrue();
        assertThat(Jsoup.parse(http.get("/t/hissen").body()).select("a.reply-cta")).isEmpty();
        assertThat(json(http.get(API, TestApp.API_TOKEN)).findValues("slug").stream().map(JsonNode::asText))
                .contains("hissen");
        JsonNode reopened = json(http.post(API + "/hissen/reopen", TestApp.API_TOKEN));
        assertThat(reopened.get("closed").asBoolean()).isFalse();
        assertThat(Jsoup.parse(http.get("/t/hissen").body()).select("a.reply-cta")).isNotEmpty();
        assertThat(audit("conversation hissen")).containsExactly("api create", "api close", "api reopen");
    }

    @Test
    void lettersAreMovedRemovedRestoredAndRenamed() {
        String to = created("Tvättstugan", "tvattstugan").get("replyAddress").asText();
        long first = approved("e2e/arranged-first.eml", to, "Ingrid Sjöberg");
        long second = approved("e2e/arranged-second.eml", to, "Tomas Berg");
        long third = approved("e2e/arranged-third.eml", to, "Märta Åberg");

        JsonNode moved = json(http.post(API + "/tvattstugan/letters/" + third + "/move-up", TestApp.API_TOKEN));
        assertThat(moved.get("outcome").asText()).isEqualTo("DONE");
        assertThat(readerOrder()).containsExactly("Ingrid Sjöberg", "Märta Åberg", "Tomas Berg");

        assertThat(http.post(API + "/tvattstugan/letters/" + first + "/remove", TestApp.API_TOKEN).statusCode()).isEqualTo(200);
        assertThat(readerOrder()).containsExactly("Märta Åberg", "Tomas Berg");
        assertThat(http.post(API + "/tvattstugan/letters/" + first + "/remove", TestApp.API_TOKEN).statusCode()).isEqualTo(409);
        assertThat(http.post(API + "/tvattstugan/letters/" + first + "/restore", TestApp.API_TOKEN).statusCode()).isEqualTo(200);
        assertThat(readerOrder()).containsExactly("Ingrid Sjöberg", "Märta Åberg", "Tomas Berg");

        assertThat(http.post(API + "/tvattstugan/letters/" + second + "/name?name=Tomas%20B.", TestApp.API_TOKEN)
                .statusCode()).isEqualTo(200);
        assertThat(http.post(API + "/tvattstugan/letters/" + second + "/name?name=%20", TestApp.API_TOKEN)
                .statusCode()).isEqualTo(400);
        assertThat(readerOrder()).containsExactly("Ingrid Sjöberg", "Märta Åberg", "Tomas B.");
        JsonNode detail = json(http.get(API + "/tvattstugan", TestApp.API_TOKEN));
        assertThat(detail.get("letters").findValues("state")).extracting(JsonNode::asText).containsOnly("published");
        assertThat(audit("letter " + third)).containsExactly("api approve", "api move");
        assertThat(audit("letter " + first)).containsExactly("api approve", "api remove", "api restore");
        assertThat(audit("letter " + second)).containsExactly("api approve", "api rename");
        assertThat(auditDetails("letter " + second)).containsExactly("",
                "conversation tvattstugan, \u201cTomas Berg\u201d \u2192 \u201cTomas B.\u201d");
    }

    @Test
    void publishingThroughTheOldEndpointIsAudited() {
        call("POST", API, "{\"title\":\"Utkastet\",\"slug\":\"utkastet\"}");
        assertThat(http.post(API + "/utkastet/publish", TestApp.API_TOKEN).body())
                .isEqualTo("{\"slug\":\"utkastet\",\"published\":true}");
        assertThat(audit("conversation utkastet")).containsExactly("api create", "api publish");
    }

    private static long approved(String fixture, String to, String fromName) {
        Mails.send(app.settings().embeddedSmtpPort(), Mails.fixture(fixture, to), to);
        long id = app.awaitQueued(fromName, WAIT).get("id").asLong();
        assertThat(http.post("/admin/api/queue/" + id + "/approve", TestApp.API_TOKEN).statusCode()).isEqualTo(200);
        return id;
    }

    private static List<String> readerOrder() {
        return Jsoup.parse(http.get("/t/tvattstugan").body()).select("article.letter .author").eachText();
    }

    /** The audit entries about {@code target}, oldest first, as "actor action". */
    private static List<String> audit(String target) {
        return auditColumn(target, "actor || ' ' || action");
    }

    /** The details of the audit entries about {@code target}, oldest first. */
    private static List<String> auditDetails(String target) {
        return auditColumn(target, "detail");
    }

    private static List<String> auditColumn(String target, String expression) {
        try (Connection c = TestDatabase.connect(app.settings().dbUrl());
             PreparedStatement s = c.prepareStatement(
                     "SELECT " + expression + " FROM audit_entry WHERE target = ? ORDER BY id")) {
            s.setString(1, target);
            List<String> entries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(rs.getString(1));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
