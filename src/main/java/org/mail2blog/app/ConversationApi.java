package org.mail2blog.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.mail2blog.admin.ConversationsPage;
import org.mail2blog.blog.Conversation;
import org.mail2blog.moderation.AttachOutcome;

/**
 * The admin API's conversation endpoints: the list (drafts too), publish and unpublish (audited as
 * {@code api}), and attaching a pending letter to a conversation; creating, editing, closing and
 * the letters of a conversation: {@link ConversationEditApi}. Mounted by {@link AdminApi} behind its
 * token check.
 */
final class ConversationApi {
    /** What a slug can look like; anything else names no conversation (and is never logged). */
    static final String SLUG = "[a-z0-9][a-z0-9-]{0,119}";
    private final Beans beans;

    ConversationApi(Beans beans) {
        this.beans = beans;
    }

    void mount(Router router) {
        router.get("/admin/api/conversations").blockingHandler(ctx -> AdminApi.json(ctx, 200,
                beans.conversationOverview().rows().stream().map(ConversationApi::row).toList()), false);
        router.post("/admin/api/conversations/:slug/publish").blockingHandler(ctx -> publish(ctx, true), false);
        router.post("/admin/api/conversations/:slug/unpublish").blockingHandler(ctx -> publish(ctx, false), false);
        router.post("/admin/api/queue/:id/attach").blockingHandler(ctx -> attach(ctx, beans), false);
        new ConversationEditApi(beans).mount(router);
    }

    private void publish(RoutingContext ctx, boolean published) {
        Optional<Conversation> conversation = slug(ctx.pathParam("slug"))
                .flatMap(s -> beans.conversationEditor().setPublished(s, published, "api"));
        if (conversation.isEmpty()) {
            AdminApi.json(ctx, 404, Map.of("error", "no conversation has that slug"));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", conversation.get().slug());
        body.put("published", conversation.get().isPublished());
        AdminApi.json(ctx, 200, body);
    }

    /**
     * Ties pending letter {@code id} to the conversation named by the parameter {@code conversation}
     * (query string, or form body when one was read): {@code POST /admin/api/queue/{id}/attach} and
     * {@code …/move} answer alike.
     */
    static void attach(RoutingContext ctx, Beans beans) {
        Optional<Long> id = AdminApi.parseId(ctx.pathParam("id"));
        Optional<String> slug = slug(ctx.request().getParam("conversation"));
        if (slug.isEmpty()) {
            AdminApi.json(ctx, 400, Map.of("error", "the parameter conversation must name a conversation's slug"));
            return;
        }
        AttachOutcome outcome = id.map(i -> beans.unmatchedInbox().attach(i, slug.get(), "api"))
                .orElse(AttachOutcome.NO_LETTER);
        int status = switch (outcome) {
            case DONE -> 200;
            case NO_LETTER, NO_CONVERSATION -> 404;
            case ALREADY_DECIDED -> 409;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.orElse(null));
        body.put("conversation", slug.get());
        body.put("outcome", outcome.name());
        AdminApi.json(ctx, status, body);
    }

    static Optional<String> slug(String value) {
        return Optional.ofNullable(value).filter(v -> v.matches(SLUG));
    }

    private static Map<String, Object> row(ConversationsPage.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", r.slug());
        m.put("title", r.title());
        m.put("published", r.isPublished());
        m.put("letters", r.letters());
        m.put("replyAddress", r.replyAddress());
        m.put("createdAt", r.createdAt());
        m.put("closed", r.isClosed());
        return m;
    }
}
