package org.mail2blog.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.mail2blog.admin.ConversationForm;
import org.mail2blog.admin.EditResult;
import org.mail2blog.blog.Conversation;
import org.mail2blog.moderation.ConversationLetters.Direction;
import org.mail2blog.moderation.LetterChange;

/**
 * The admin API's conversation management, mounted by {@link ConversationApi} behind the token
 * check; every change is audited with the actor {@code api}. Create ({@code POST
 * /admin/api/conversations}, 201) and edit ({@code PATCH} or {@code POST
 * /admin/api/conversations/{slug}}, only the fields the body names) take a JSON object and answer
 * with the conversation ({@link ConversationJson#detail}), or 400 with {@code error} and
 * {@code fields} (a message per refused field). Close and reopen answer {@code slug} and
 * {@code closed}; letter actions answer {@code id}, {@code conversation}, {@code action},
 * {@code outcome}. An unknown conversation is 404.
 */
final class ConversationEditApi {
    private static final String BASE = "/admin/api/conversations";
    private static final long BODY_LIMIT_BYTES = 200_000;
    private final Beans beans;

    ConversationEditApi(Beans beans) {
        this.beans = beans;
    }

    void mount(Router router) {
        withBody(router.post(BASE)).blockingHandler(this::create, false);
        router.get(BASE + "/:slug").blockingHandler(ctx -> find(ctx).ifPresent(c -> detail(ctx, 200, c)), false);
        withBody(router.patch(BASE + "/:slug")).blockingHandler(this::edit, false);
        withBody(router.post(BASE + "/:slug")).blockingHandler(this::edit, false);
        router.post(BASE + "/:slug/close").blockingHandler(ctx -> close(ctx, true), false);
        router.post(BASE + "/:slug/reopen").blockingHandler(ctx -> close(ctx, false), false);
        String letter = BASE + "/:slug/letters/:id/";
        router.post(letter + "remove").blockingHandler(ctx -> letter(ctx, "remove",
                (c, id) -> beans.conversationLetters().remove(c, id, "api")), false);
        router.post(letter + "restore").blockingHandler(ctx -> letter(ctx, "restore",
                (c, id) -> beans.conversationLetters().restore(c, id, "api")), false);
        router.post(letter + "move-up").blockingHandler(ctx -> letter(ctx, "move-up",
                (c, id) -> beans.conversationLetters().move(c, id, Direction.UP, "api")), false);
        router.post(letter + "move-down").blockingHandler(ctx -> letter(ctx, "move-down",
                (c, id) -> beans.conversationLetters().move(c, id, Direction.DOWN, "api")), false);
        withBody(router.post(letter + "name")).blockingHandler(ctx -> letter(ctx, "name",
                (c, id) -> beans.conversationLetters().rename(c, id,
                        Optional.ofNullable(ctx.request().getParam("name")).orElse(""), "api")), false);
    }

    private static Route withBody(Route route) {
        return route.handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES));
    }

    private void create(RoutingContext ctx) {
        ConversationJson.Body body = ConversationJson.read(ctx.body().asString(), ConversationForm.blank(), true);
        if (!body.errors().isEmpty()) {
            refused(ctx, body.errors());
            return;
        }
        EditResult result = beans.conversationEditor().create(body.form(), "api");
        result.saved().ifPresentOrElse(c -> detail(ctx, 201, c), () -> refused(ctx, result.errors()));
    }

    private void edit(RoutingContext ctx) {
        Optional<Conversation> current = find(ctx);
        if (current.isEmpty()) {
            return;
        }
        ConversationJson.Body body = ConversationJson.read(ctx.body().asString(), ConversationForm.of(current.get()), false);
        if (!body.errors().isEmpty()) {
            refused(ctx, body.errors());
            return;
        }
        Optional<EditResult> result = beans.conversationEditor().update(current.get().slug(), body.form(), "api");
        if (result.isEmpty()) {
            notFound(ctx);
        } else {
            result.get().saved().ifPresentOrElse(c -> detail(ctx, 200, c), () -> refused(ctx, result.get().errors()));
        }
    }

    private void close(RoutingContext ctx, boolean closed) {
        Optional<Conversation> c = ConversationApi.slug(ctx.pathParam("slug"))
                .flatMap(s -> beans.conversationEditor().setClosed(s, closed, "api"));
        if (c.isEmpty()) {
            notFound(ctx);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", c.get().slug());
        body.put("closed", c.get().isClosed());
        AdminApi.json(ctx, 200, body);
    }

    private void letter(RoutingContext ctx, String action, Action change) {
        Optional<Conversation> c = find(ctx);
        Optional<Long> id = AdminApi.parseId(ctx.pathParam("id"));
        if (c.isEmpty()) {
            return;
        }
        LetterChange outcome = id.map(i -> change.apply(c.get(), i)).orElse(LetterChange.NOT_FOUND);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.orElse(null));
        body.put("conversation", c.get().slug());
        body.put("action", action);
        body.put("outcome", outcome.name());
        AdminApi.json(ctx, switch (outcome) {
            case DONE, UNCHANGED -> 200;
            case NOT_FOUND -> 404;
            case NOT_ALLOWED -> 409;
            case INVALID -> 400;
        }, body);
    }

    /** The conversation the path names; when there is none, the 404 answer is sent and empty returned. */
    private Optional<Conversation> find(RoutingContext ctx) {
        Optional<Conversation> c = ConversationApi.slug(ctx.pathParam("slug")).flatMap(beans.conversations()::findBySlug);
        if (c.isEmpty()) {
            notFound(ctx);
        }
        return c;
    }

    private void detail(RoutingContext ctx, int status, Conversation c) {
        AdminApi.json(ctx, status, ConversationJson.detail(c, beans.replyAddress(), beans.letters().listForAdmin(c.id())));
    }

    private static void refused(RoutingContext ctx, Map<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "the conversation was not saved: " + String.join(", ", fields.keySet()) + " refused");
        body.put("fields", fields);
        AdminApi.json(ctx, 400, body);
    }

    private static void notFound(RoutingContext ctx) {
        AdminApi.json(ctx, 404, Map.of("error", "no conversation has that slug"));
    }

    @FunctionalInterface
    private interface Action {
        LetterChange apply(Conversation conversation, long letterId);
    }
}
