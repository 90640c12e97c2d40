package org.mail2blog.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.mail2blog.sender.SenderDecision;
import org.mail2blog.sender.SenderDecisions;
import org.mail2blog.moderation.SpamLetters;

/**
 * The admin API's view of sender decisions and spam, mounted by {@link DecisionApi} behind the
 * token check of {@link AdminApi}; the actor is {@code api}. Parameters come from the query string
 * or a form body:
 * <ul>
 *   <li>{@code GET /admin/api/senders}: {@code [{address, status, decidedBy, decidedAt}]}, newest first;
 *       status is {@code TRUSTED} or {@code BANNED}</li>
 *   <li>{@code POST /admin/api/senders/forget?address=…}: the address becomes ordinary; 200 with
 *       {@code {address, forgotten, status}}, 404 when nobody decided about it, 400 when the address is
 *       missing</li>
 *   <li>{@code POST /admin/api/queue/{id}/not-spam}: a spam letter back in the queue as pending;
 *       {@code {id, decision, outcome}}, 200, 404 for an unknown letter, 409 when it is not spam</li>
 * </ul>
 */
final class SendersApi {
    private static final String ACTOR = "api";
    private final Beans beans;

    SendersApi(Beans beans) {
        this.beans = beans;
    }

    void mount(Router router) {
        router.get("/admin/api/senders").blockingHandler(ctx -> AdminApi.json(ctx, 200,
                beans.senderDecisions().list(Integer.MAX_VALUE).stream().map(SendersApi::row).toList()), false);
        router.post("/admin/api/senders/forget").handler(BodyHandler.create(false).setBodyLimit(10_000))
                .blockingHandler(this::forget, false);
        router.post("/admin/api/queue/:id/not-spam").blockingHandler(this::notSpam, false);
    }

    private void forget(RoutingContext ctx) {
        String address = Optional.ofNullable(ctx.request().getParam("address")).orElse("").strip();
        if (address.isEmpty() || address.length() > SenderDecisions.MAX_ADDRESS_LENGTH) {
            AdminApi.json(ctx, 400, Map.of("error", "the parameter address must name a sender's address (at most "
                    + SenderDecisions.MAX_ADDRESS_LENGTH + " characters)"));
            return;
        }
        Optional<SenderDecision> forgotten = beans.senderDecisions().forget(address, ACTOR);
        if (forgotten.isEmpty()) {
            AdminApi.json(ctx, 404, Map.of("error", "nobody trusted or banned that address"));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("address", forgotten.get().address());
        body.put("forgotten", forgotten.get().status().name());
        body.put("status", "ORDINARY");
        AdminApi.json(ctx, 200, body);
    }

    private void notSpam(RoutingContext ctx) {
        Optional<Long> id = AdminApi.parseId(ctx.pathParam("id"));
        SpamLetters.Release release = id.map(i -> beans.spamLetters().release(i, ACTOR))
                .orElse(SpamLetters.Release.NOT_FOUND);
        int status = switch (release) {
            case DONE -> 200;
            case NOT_FOUND -> 404;
            case NOT_SPAM -> 409;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.orElse(null));
        body.put("decision", "not-spam");
        body.put("outcome", release.name());
        AdminApi.json(ctx, status, body);
    }

    private static Map<String, Object> row(SenderDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", d.address());
        m.put("status", d.status().name());
        m.put("decidedBy", d.decidedBy());
        m.put("decidedAt", d.decidedAt().toString());
        return m;
    }
}
