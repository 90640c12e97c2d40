package org.mail2blog.app;

import java.util.Optional;
import java.util.function.BiFunction;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.mail2blog.moderation.LetterDecisions;
import org.mail2blog.moderation.Outcome;

/**
 * The admin API's decisions on a pending letter, mounted by {@link AdminApi} behind its token check;
 * the actor is {@code api}. Parameters come from the query string or a form body:
 * <ul>
 *   <li>{@code POST /admin/api/queue/{id}/approve[?trust=true]}</li>
 *   <li>{@code POST /admin/api/queue/{id}/reject[?reason=…]}</li>
 *   <li>{@code POST /admin/api/queue/{id}/spam}</li>
 *   <li>{@code POST /admin/api/queue/{id}/edit?body=…} (edit, then approve)</li>
 *   <li>{@code POST /admin/api/queue/{id}/move?conversation=<slug>}</li>
 * </ul>
 * Each answers {@code {"id", "decision", "outcome"}} (move: {@code {"id", "conversation", "outcome"}}):
 * 200 when done, 404 for an unknown letter (or conversation), 409 when the letter was already
 * decided, matches no conversation or is empty, 400 for a blank edit, an over-long reason or a
 * missing slug. Sender decisions and spam: {@link SendersApi}.
 */
final class DecisionApi {
    private static final String ACTOR = "api";
    private final Beans beans;

    DecisionApi(Beans beans) {
        this.beans = beans;
    }

    void mount(Router router) {
        new SendersApi(beans).mount(router);
        for (String action : new String[] {"approve", "reject", "spam", "edit", "move"}) {
            router.post("/admin/api/queue/:id/" + action).handler(BodyHandler.create(false).setBodyLimit(1_000_000));
        }
        router.post("/admin/api/queue/:id/approve").blockingHandler(ctx -> {
            boolean trust = "true".equals(ctx.request().getParam("trust"));
            decide(ctx, trust ? "approve-and-trust" : "approve", (id, d) -> d.approve(id, trust, ACTOR));
        }, false);
        router.post("/admin/api/queue/:id/reject").blockingHandler(ctx ->
                decide(ctx, "reject", (id, d) -> d.reject(id, param(ctx, "reason"), ACTOR)), false);
        router.post("/admin/api/queue/:id/spam").blockingHandler(ctx ->
                decide(ctx, "spam", (id, d) -> d.spam(id, ACTOR)), false);
        router.post("/admin/api/queue/:id/edit").blockingHandler(ctx ->
                decide(ctx, "edit-and-approve", (id, d) -> d.editAndApprove(id, param(ctx, "body"), ACTOR)), false);
        router.post("/admin/api/queue/:id/move").blockingHandler(ctx -> ConversationApi.attach(ctx, beans), false);
    }

    private void decide(RoutingContext ctx, String action, BiFunction<Long, LetterDecisions, Outcome> decision) {
        Optional<Long> id = AdminApi.parseId(ctx.pathParam("id"));
        Outcome outcome = id.map(i -> decision.apply(i, beans.moderationQueue().decisions()))
                .orElse(Outcome.NOT_FOUND);
        AdminApi.answer(ctx, id, action, outcome);
    }

    private static String param(RoutingContext ctx, String name) {
        return Optional.ofNullable(ctx.request().getParam(name)).orElse("");
    }
}
