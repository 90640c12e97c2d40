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
        router.post("/admin/queue/:id/approve").blockingHandler(ctx -> decide(ctx, Decision.APPROVE), false);
        router.post("/admin/queue/:id/reject").blockingHandler(ctx -> decide(ctx, Decision.REJECT), false);
        router.post("/admin/queue/:id/name").blockingHandler(this::rename, false);
        new ConversationPagesHandler(beans, web).mount(router);
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

    private void decide(RoutingContext ctx, Decision decision) {
        Optional<Long> id = AdminApi.parseId(ctx.pathParam("id"));
        if (id.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        Outcome outcome = beans.moderationQueue().decide(id.get(), decision, ctx.session().get(ADMIN));
        ctx.session().put(NOTICE, switch (outcome) {
            case DONE -> "Letter " + id.get() + (decision == Decision.APPROVE ? " published." : " rejected.");
            case NOT_FOUND -> "Letter " + id.get() + " does not exist.";
            case ALREADY_DECIDED -> "Letter " + id.get() + " was already decided.";
            case UNMATCHED -> "Letter " + id.get() + " matches no conversation, so it cannot be published.";
            case EMPTY -> "Letter " + id.get() + " has nothing left after trimming, so there is nothing to publish.";
            case INVALID -> "Letter " + id.get() + ": that decision cannot be made.";
        });
        redirect(ctx, "/admin/");
    }

    private void rename(RoutingContext ctx) {
        Optional<Long> id = AdminApi.parseId(ctx.pathParam("id"));
        if (id.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        String name = Optional.ofNullable(ctx.request().getFormAttribute("name")).orElse("");
        Outcome outcome = beans.moderationQueue().rename(id.get(), name, ctx.session().get(ADMIN));
        ctx.session().put(NOTICE, switch (outcome) {
            case DONE -> "Letter " + id.get() + " will appear under the name " + name.strip() + ".";
            case INVALID -> "Letter " + id.get() + ": a public name needs 1 to "
                    + ModerationQueue.MAX_NAME_LENGTH + " characters on one line.";
            default -> "Letter " + id.get() + " does not exist or was withdrawn or rejected.";
        });
        redirect(ctx, "/admin/");
    }

    static String csrf(RoutingContext ctx) {
        return Optional.ofNullable(ctx.<String>get(CSRFHandler.DEFAULT_HEADER_NAME)).orElse("");
    }

    static void redirect(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
