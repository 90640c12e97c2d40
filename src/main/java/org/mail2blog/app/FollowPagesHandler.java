package org.mail2blog.app;

import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.mail2blog.follow.FollowPages;

/**
 * The public follow and unsubscribe pages. They work without JavaScript, sessions or CSRF tokens:
 * the follow form only ever sends a confirmation link to the address typed, and the unguessable
 * token in a confirmation or unsubscribe URL is the credential. {@code POST /unsubscribe/{token}}
 * is also the RFC 8058 one-click target that mail programs post {@code List-Unsubscribe=One-Click}
 * to. An unknown slug or token is the 404 page.
 */
final class FollowPagesHandler {
    private static final long FORM_LIMIT_BYTES = 10_000;
    private final FollowPages pages;
    private final Web web;

    FollowPagesHandler(FollowPages pages, Web web) {
        this.pages = pages;
        this.web = web;
    }

    void mount(Router router) {
        router.post("/t/:slug/follow").handler(BodyHandler.create(false).setBodyLimit(FORM_LIMIT_BYTES));
        router.post("/t/:slug/follow").blockingHandler(this::requestFollow, false);
        router.get("/follow/:token").blockingHandler(ctx -> show(ctx, "reader/follow-confirm.ftlh",
                pages.confirmation(ctx.pathParam("token"))), false);
        router.post("/follow/:token").handler(BodyHandler.create(false).setBodyLimit(FORM_LIMIT_BYTES));
        router.post("/follow/:token").blockingHandler(ctx -> show(ctx, "reader/follow-confirm.ftlh",
                pages.confirm(ctx.pathParam("token"))), false);
        router.get("/unsubscribe/:token").blockingHandler(ctx -> show(ctx, "reader/unsubscribe.ftlh",
                pages.unsubscription(ctx.pathParam("token"))), false);
        router.post("/unsubscribe/:token").handler(BodyHandler.create(false).setBodyLimit(FORM_LIMIT_BYTES));
        router.post("/unsubscribe/:token").blockingHandler(ctx -> show(ctx, "reader/unsubscribe.ftlh",
                pages.unsubscribe(ctx.pathParam("token"))), false);
    }

    private void requestFollow(RoutingContext ctx) {
        String address = Optional.ofNullable(ctx.request().getFormAttribute("address")).orElse("");
        pages.request(ctx.pathParam("slug"), address).ifPresentOrElse(
                page -> web.render(ctx, page.isValid() ? 200 : 400, "reader/follow-requested.ftlh", page),
                () -> web.notFound(ctx));
    }

    private void show(RoutingContext ctx, String template, Optional<?> page) {
        ctx.response().putHeader("Cache-Control", "no-store");
        page.ifPresentOrElse(p -> web.render(ctx, 200, template, p), () -> web.notFound(ctx));
    }
}
