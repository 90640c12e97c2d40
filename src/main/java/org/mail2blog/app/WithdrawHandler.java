package org.mail2blog.app;

import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.mail2blog.reader.WithdrawPage;
import org.mail2blog.reader.WithdrawPages;
import org.mail2blog.reader.WithdrawView;
import org.mail2blog.reader.WithdrawnPage;

/**
 * The writer's withdraw link, {@code /withdraw/{token}}: GET shows the letter and a confirm button
 * (a plain form, no script), POST withdraws it. The token in the path is the credential, so there is
 * no session and no CSRF token; only POST changes anything, so mail scanners that fetch every link
 * withdraw nothing. The pages are never cached nor indexed.
 */
final class WithdrawHandler {
    /** The form has no fields; anything bigger than this is not our form. */
    private static final long BODY_LIMIT_BYTES = 1024;
    private final WithdrawPages pages;
    private final Web web;

    WithdrawHandler(WithdrawPages pages, Web web) {
        this.pages = pages;
        this.web = web;
    }

    void mount(Router router) {
        router.get("/withdraw/:token").blockingHandler(ctx -> answer(ctx, pages.show(ctx.pathParam("token"))), false);
        router.post("/withdraw/:token").handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES));
        router.post("/withdraw/:token").blockingHandler(ctx -> answer(ctx, pages.withdraw(ctx.pathParam("token"))),
                false);
    }

    /** The confirm page (200), withdrawn just now (200), gone already (410), or unknown (404). */
    private void answer(RoutingContext ctx, Optional<WithdrawView> view) {
        ctx.response().putHeader("Cache-Control", "no-store").putHeader("X-Robots-Tag", "noindex, nofollow");
        if (view.isEmpty()) {
            web.notFound(ctx);
        } else if (view.get() instanceof WithdrawPage confirm) {
            web.render(ctx, 200, "reader/withdraw.ftlh", confirm);
        } else if (view.get() instanceof WithdrawnPage gone) {
            web.render(ctx, gone.isJustWithdrawn() ? 200 : 410, "reader/withdrawn.ftlh", gone);
        }
    }
}
