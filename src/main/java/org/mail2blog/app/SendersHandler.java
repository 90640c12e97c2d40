package org.mail2blog.app;

import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import org.mail2blog.admin.SenderNotices;
import org.mail2blog.sender.SenderDecision;
import org.mail2blog.sender.SenderDecisions;

/**
 * The admin's page of trusted and banned senders and of spam ({@code GET /admin/senders}), with
 * its two actions: forget a sender's decision ({@code POST /admin/senders/forget}, field
 * {@code address}) and put a spam letter back in the queue ({@code POST /admin/queue/{id}/not-spam}).
 * Each POST ends in a notice and a 303 back to the page. Login, session and CSRF checks are in front
 * ({@link Web}, {@link AdminPagesHandler}); the actor is the logged-in admin.
 */
final class SendersHandler {
    private static final String PAGE = "/admin/senders";
    private final Beans beans;
    private final Web web;

    SendersHandler(Beans beans, Web web) {
        this.beans = beans;
        this.web = web;
    }

    void mount(Router router) {
        router.get(PAGE).blockingHandler(this::page, false);
        router.post(PAGE + "/forget").blockingHandler(this::forget, false);
        router.post("/admin/queue/:id/not-spam").blockingHandler(this::notSpam, false);
    }

    private void page(RoutingContext ctx) {
        Session session = ctx.session();
        String notice = Optional.ofNullable(session.<String>remove(AdminPagesHandler.NOTICE)).orElse("");
        web.render(ctx, 200, "admin/senders.ftlh",
                beans.senderPages().page(admin(ctx), AdminPagesHandler.csrf(ctx), notice));
    }

    private void forget(RoutingContext ctx) {
        String address = Optional.ofNullable(ctx.request().getFormAttribute("address")).orElse("");
        Optional<SenderDecision> forgotten = address.isBlank()
                || address.length() > SenderDecisions.MAX_ADDRESS_LENGTH ? Optional.empty()
                : beans.senderDecisions().forget(address, admin(ctx));
        back(ctx, SenderNotices.forgot(address, forgotten));
    }

    private void notSpam(RoutingContext ctx) {
        Optional<Long> id = AdminApi.parseId(ctx.pathParam("id"));
        if (id.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        back(ctx, SenderNotices.released(id.get(), beans.spamLetters().release(id.get(), admin(ctx))));
    }

    private static void back(RoutingContext ctx, String notice) {
        ctx.session().put(AdminPagesHandler.NOTICE, notice);
        AdminPagesHandler.redirect(ctx, PAGE);
    }

    private static String admin(RoutingContext ctx) {
        return ctx.session().get(AdminPagesHandler.ADMIN);
    }
}
