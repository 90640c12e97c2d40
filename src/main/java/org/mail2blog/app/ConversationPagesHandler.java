package org.mail2blog.app;

import java.util.Map;
import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import org.mail2blog.admin.ConversationForm;
import org.mail2blog.admin.EditResult;
import org.mail2blog.admin.DecisionNotices;
import org.mail2blog.blog.Conversation;
import org.mail2blog.moderation.AttachOutcome;

/**
 * The admin's conversation pages: the list, the new-conversation form, each conversation's page
 * (its fields, publish and close switches; its letters: {@link ConversationLettersHandler}), and
 * attaching a pending letter to a conversation from the queue page. A refused form is shown again
 * with its messages (400); an unknown slug is the 404 page. Login, session and CSRF checks are in
 * front ({@link Web}, {@link AdminPagesHandler}).
 */
final class ConversationPagesHandler {
    static final String LIST = "/admin/conversations";
    private static final String EDIT = "admin/conversation-edit.ftlh";
    private static final String NEW = "admin/conversation-new.ftlh";
    private final Beans beans;
    private final Web web;

    ConversationPagesHandler(Beans beans, Web web) {
        this.beans = beans;
        this.web = web;
    }

    void mount(Router router) {
        router.get(LIST).blockingHandler(this::listPage, false);
        router.get(LIST + "/new").handler(ctx -> web.render(ctx, 200, NEW, beans.conversationPages()
                .newPage(admin(ctx), AdminPagesHandler.csrf(ctx), ConversationForm.blank(), Map.of())));
        router.post(LIST + "/new").blockingHandler(this::create, false);
        router.get(LIST + "/:slug").blockingHandler(this::editPage, false);
        router.post(LIST + "/:slug").blockingHandler(this::save, false);
        router.post(LIST + "/:slug/publish").blockingHandler(ctx -> publish(ctx, true), false);
        router.post(LIST + "/:slug/unpublish").blockingHandler(ctx -> publish(ctx, false), false);
        router.post(LIST + "/:slug/close").blockingHandler(ctx -> close(ctx, true), false);
        router.post(LIST + "/:slug/reopen").blockingHandler(ctx -> close(ctx, false), false);
        new ConversationLettersHandler(beans, web).mount(router);
        router.post("/admin/queue/:id/attach").blockingHandler(this::attach, false);
    }

    private void listPage(RoutingContext ctx) {
        Session session = ctx.session();
        web.render(ctx, 200, "admin/conversations.ftlh", beans.conversationOverview()
                .page(session.get(AdminPagesHandler.ADMIN), AdminPagesHandler.csrf(ctx), takeNotice(ctx)));
    }

    private void create(RoutingContext ctx) {
        ConversationForm form = form(ctx, "now".equals(ctx.request().getFormAttribute("publish")));
        EditResult result = beans.conversationEditor().create(form, admin(ctx));
        if (result.saved().isEmpty()) {
            web.render(ctx, 400, NEW, beans.conversationPages().newPage(admin(ctx), AdminPagesHandler.csrf(ctx), form,
                    result.errors()));
            return;
        }
        Conversation c = result.saved().get();
        notice(ctx, "\u201c" + c.title() + "\u201d is created " + (c.isPublished() ? "and published at /t/" + c.slug()
                : "as a draft") + ".");
        AdminPagesHandler.redirect(ctx, LIST + "/" + c.slug());
    }

    private void editPage(RoutingContext ctx) {
        ConversationApi.slug(ctx.pathParam("slug")).flatMap(s -> beans.conversationPages()
                        .editPage(s, admin(ctx), AdminPagesHandler.csrf(ctx), takeNotice(ctx)))
                .ifPresentOrElse(page -> web.render(ctx, 200, EDIT, page), () -> web.notFound(ctx));
    }

    private void save(RoutingContext ctx) {
        Optional<String> slug = ConversationApi.slug(ctx.pathParam("slug"));
        ConversationForm form = form(ctx, false);
        Optional<EditResult> result = slug.flatMap(s -> beans.conversationEditor().update(s, form, admin(ctx)));
        if (result.isEmpty()) {
            web.notFound(ctx);
        } else if (result.get().saved().isEmpty()) {
            beans.conversationPages().editPage(slug.get(), admin(ctx), AdminPagesHandler.csrf(ctx), form,
                    result.get().errors()).ifPresentOrElse(page -> web.render(ctx, 400, EDIT, page), () -> web.notFound(ctx));
        } else {
            Conversation c = result.get().saved().get();
            notice(ctx, savedNotice(slug.get(), c, result.get().isChanged()));
            AdminPagesHandler.redirect(ctx, LIST + "/" + c.slug());
        }
    }

    private static String savedNotice(String oldSlug, Conversation c, boolean isChanged) {
        if (!isChanged) {
            return "Nothing was changed.";
        }
        return c.slug().equals(oldSlug) ? "Saved."
                : "Saved. The conversation is now at /t/" + c.slug() + "; old links to /t/" + oldSlug + " lead there.";
    }

    private void publish(RoutingContext ctx, boolean published) {
        Optional<Conversation> conversation = ConversationApi.slug(ctx.pathParam("slug"))
                .flatMap(s -> beans.conversationEditor().setPublished(s, published, admin(ctx)));
        if (conversation.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        notice(ctx, "\u201c" + conversation.get().title() + "\u201d is "
                + (published ? "published." : "no longer published."));
        AdminPagesHandler.redirect(ctx, "edit".equals(ctx.request().getFormAttribute("back"))
                ? LIST + "/" + conversation.get().slug() : LIST);
    }

    private void close(RoutingContext ctx, boolean closed) {
        Optional<Conversation> conversation = ConversationApi.slug(ctx.pathParam("slug"))
                .flatMap(s -> beans.conversationEditor().setClosed(s, closed, admin(ctx)));
        if (conversation.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        notice(ctx, "\u201c" + conversation.get().title() + "\u201d is " + (closed
                ? "closed to new letters. Mail that still comes is queued, flagged \u201cconversation closed\u201d."
                : "open to new letters again."));
        AdminPagesHandler.redirect(ctx, LIST + "/" + conversation.get().slug());
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
        notice(ctx, DecisionNotices.attached(id.get(), slug.orElse(""), outcome));
        AdminPagesHandler.redirect(ctx, "/admin/");
    }

    private static ConversationForm form(RoutingContext ctx, boolean isPublishNow) {
        return new ConversationForm(ctx.request().getFormAttribute("title"), ctx.request().getFormAttribute("slug"),
                ctx.request().getFormAttribute("intro"), ctx.request().getFormAttribute("outro"),
                ctx.request().getFormAttribute("labels"), isPublishNow);
    }

    static String admin(RoutingContext ctx) {
        return ctx.session().get(AdminPagesHandler.ADMIN);
    }

    static void notice(RoutingContext ctx, String text) {
        ctx.session().put(AdminPagesHandler.NOTICE, text);
    }

    private static String takeNotice(RoutingContext ctx) {
        return Optional.ofNullable(ctx.session().<String>remove(AdminPagesHandler.NOTICE)).orElse("");
    }
}
