package org.mail2blog.app;

import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import io.vertx.ext.web.handler.CSRFHandler;
import org.mail2blog.moderation.Decision;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.moderation.Outcome;

/**
 * The admin's queue pages, behind the login ({@link LoginHandler}; the conversation pages:
 * {@link ConversationPagesHandler}). Sessions and CSRF checks are mounted in front by {@link Web}.
 */
final class AdminPagesHandler {
    static final String ADMIN = "admin";
    static final String NOTICE = "notice";
    private final Beans beans;
    private final Web web;

    AdminPagesHandler(Beans beans, Web web) {
        this.beans = beans;
        this.web = web;
    }

    void mount(Router router) {
        new LoginHandler(beans, web).mount(router);
        router.routeWithRegex("^/admin(/(?!api/|login$).*)?$").handler(this::requireLogin);
        router.getWithRegex("^/admin$").handler(ctx -> redirect(ctx, "/admin/"));
        router.get("/admin/").blockingHandler(this::queuePage, false);
        router.post("/admin/logout").handler(ctx -> {
            ctx.session().destroy();
            redirect(ctx, "/admin/login");
        });
        new QueueActionsHandler(beans, web).mount(router);
        new ConversationPagesHandler(beans, web).mount(router);
        new MessagesHandler(beans, web).mount(router);
        new SendersHandler(beans, web).mount(router);
    }

    private void requireLogin(RoutingContext ctx) {
        if (ctx.session() != null && ctx.session().get(ADMIN) != null) {
            ctx.next();
        } else if ("GET".equals(ctx.request().method().name())) {
            redirect(ctx, "/admin/login");
        } else {
            ctx.response().setStatusCode(403).end("Log in first.");
        }
    }

    private void queuePage(RoutingContext ctx) {
        Session session = ctx.session();
        String notice = Optional.ofNullable(session.<String>remove(NOTICE)).orElse("");
        web.render(ctx, 200, "admin/queue.ftlh", beans.adminPages().queue(session.get(ADMIN), csrf(ctx), notice));
    }

    static String csrf(RoutingContext ctx) {
        return Optional.ofNullable(ctx.<String>get(CSRFHandler.DEFAULT_HEADER_NAME)).orElse("");
    }

    static void redirect(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
