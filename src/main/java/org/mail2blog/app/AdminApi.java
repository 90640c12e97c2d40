package org.mail2blog.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.moderation.Outcome;
import org.mail2blog.moderation.QueueItem;

/**
 * The JSON admin API for automation, under {@code /admin/api/}. It is on only when
 * {@code mail2blog.admin.api-token} is set, and every request must carry that token as
 * {@code Authorization: Bearer <token>}. No cookies are involved, so there is no CSRF to guard.
 */
final class AdminApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ModerationQueue queue;
    private final Optional<byte[]> token;
    private final ConversationApi conversations;
    private final DecisionApi decisions;

    AdminApi(ModerationQueue queue, Optional<String> token, ConversationApi conversations, DecisionApi decisions) {
        this.queue = queue;
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.conversations = conversations;
        this.decisions = decisions;
    }

    void mount(Router router) {
        router.route("/admin/api/*").handler(this::authenticate);
        router.get("/admin/api/queue").blockingHandler(ctx -> json(ctx, 200,
                queue.listPending().stream().map(AdminApi::item).toList()), false);
        decisions.mount(router);
        router.post("/admin/api/queue/:id/name").handler(BodyHandler.create(false).setBodyLimit(10_000))
                .blockingHandler(this::rename, false);
        conversations.mount(router);
        router.route("/admin/api/*").handler(ctx -> json(ctx, 404, error("no such API endpoint")));
    }

    private void authenticate(RoutingContext ctx) {
        if (token.isEmpty()) {
            json(ctx, 404, error("the admin API is off; set mail2blog.admin.api-token to turn it on"));
            return;
        }
        String header = Optional.ofNullable(ctx.request().getHeader("Authorization")).orElse("");
        byte[] given = header.startsWith("Bearer ") ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        if (!MessageDigest.isEqual(given, token.get())) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"mail2blog admin API\"");
            json(ctx, 401, error("missing or wrong bearer token"));
            return;
        }
        ctx.next();
    }

    /** {@code POST /admin/api/queue/{id}/name?name=…}: the public name a pending or published letter appears under. */
    private void rename(RoutingContext ctx) {
        Optional<Long> id = parseId(ctx.pathParam("id"));
        String name = Optional.ofNullable(ctx.request().getParam("name")).orElse("");
        Outcome outcome = id.map(i -> queue.rename(i, name, "api")).orElse(Outcome.NOT_FOUND);
        answer(ctx, id, "name", outcome);
    }

    static void answer(RoutingContext ctx, Optional<Long> id, String action, Outcome outcome) {
        int status = switch (outcome) {
            case DONE -> 200;
            case NOT_FOUND -> 404;
            case ALREADY_DECIDED, UNMATCHED, EMPTY -> 409;
            case INVALID -> 400;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.orElse(null));
        body.put("decision", action);
        body.put("outcome", outcome.name());
        json(ctx, status, body);
    }

    private static Map<String, Object> item(QueueItem q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("conversation", q.conversationSlug().orElse(null));
        m.put("fromName", q.fromName());
        m.put("body", q.body());
        m.put("subject", q.subject());
        m.put("writtenAt", q.writtenAt().toString());
        m.put("matchedBy", q.matchedBy().name());
        m.put("removed", q.removed());
        m.put("empty", q.isEmpty());
        m.put("senderMismatch", q.isSenderMismatch());
        m.put("authVerdict", q.authentication().status().name());
        m.put("authExplanation", q.authentication().explanation());
        m.put("trustUnverified", q.isTrustUnverified());
        m.put("conversationClosed", q.isConversationClosed());
        return m;
    }

    static Optional<Long> parseId(String value) {
        return value != null && value.matches("\\d{1,18}") ? Optional.of(Long.parseLong(value)) : Optional.empty();
    }

    private static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }

    static void json(RoutingContext ctx, int status, Object body) {
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            ctx.fail(500, e);
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Cache-Control", "no-store").end(text);
    }
}
