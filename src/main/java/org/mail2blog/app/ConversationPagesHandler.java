package org.mail2blog.app;

import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import org.mail2blog.blog.Conversation;
import org.mail2blog.moderation.AttachOutcome;

/**
 * The admin's conversation pages: the list with Publish/Unpublish, and attaching a pending letter to
 * a conversation from the queue page. Login, session and CSRF checks are in front ({@link Web},
 * {@link AdminPagesHandler}).
 */
final class ConversationPagesHandler {
    private static final String LIST = "/admin/conversations";
    private final Beans beans;
    private final Web web;

    ConversationPagesHandler(Beans beans, Web web) {
        this.beans = beans;
        this.web = web;
    }

    void mount(Router router) {
        router.get(LIST).blockingHandler(this::listPage, false);
        router.post(LIST + "/:slug/publish").blockingHandler(ctx -> publish(ctx, true), false);
        router.post(LIST + "/:slug/unpublish").blockingHandler(ctx -> publish(ctx, false), false);
        router.post("/admin/queue/:id/attach").blockingHandler(this::attach, false);
    }

    private void listPage(RoutingContext ctx) {
        Session session = ctx.session();
        String notice = Optional.ofNullable(session.<String>remove(AdminPagesHandler.NOTICE)).orElse("");
        web.render(ctx, 200, "admin/conversations.ftlh", beans.conversationOverview()
                .page(session.get(AdminPagesHandler.ADMIN), AdminPagesHandler.csrf(ctx), notice));
    }

    private void publish(RoutingContext ctx, boolean published) {
        Optional<Conversation> conversation = ConversationApi.slug(ctx.pathParam("slug"))
                .flatMap(s -> beans.conversations().setPublished(s, published));
        if (conversation.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        ctx.session().put(AdminPagesHandler.NOTICE, "\u201c" + conversation.get().title() + "\u201d is "
                + (published ? "published." : "no longer published."));
        AdminPagesHandler.redirect(ctx, LIST);
    }

    private void attach(RoutingContext ctx) {
        Optional<Long> id = AdminApi.parseId(ctx.pathParam("id"));
        if (id.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        Optional<String> slug = ConversationApi.slug(ctx.request().getFormAttribute("conversation"));
        AttachOutcome outcome = slug.map(s -> beans.unmatchedInbox().attach(id.get(), s,
                ctx.session().get(AdminPagesHandler.ADMIN))).orElse(AttachOutcome.NO_CONVERSATION);
        ctx.session().put(AdminPagesHandler.NOTICE, switch (outcome) {
            case DONE -> "Letter " + id.get() + " is attached to " + slug.orElseThrow() + "; it can be approved now.";
            case NO_LETTER -> "Letter " + id.get() + " does not exist.";
            case NO_CONVERSATION -> "Choose a conversation to attach letter " + id.get() + " to.";
            case ALREADY_DECIDED -> "Letter " + id.get() + " was already decided.";
        });
        AdminPagesHandler.redirect(ctx, "/admin/");
    }
}
