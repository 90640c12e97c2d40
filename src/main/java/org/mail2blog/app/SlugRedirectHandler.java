package org.mail2blog.app;

import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.mail2blog.reader.ReaderPages;

/**
 * Old links keep working after an admin changes a conversation's slug: a GET for {@code /t/{former}}
 * (or a page under it) answers {@code 301 Moved Permanently} to the same place under the current
 * slug. Everything else goes on to the reader's pages. Mounted before them by {@link Web}.
 */
final class SlugRedirectHandler {
    /** The former slug, then what follows it: plain path characters only, so the Location header is safe. */
    private static final String PATH = "^/t/([a-z0-9][a-z0-9-]{0,119})(/[A-Za-z0-9._~/-]*)?$";
    private final ReaderPages reader;

    SlugRedirectHandler(ReaderPages reader) {
        this.reader = reader;
    }

    void mount(Router router) {
        router.getWithRegex(PATH).blockingHandler(this::redirect, false);
    }

    private void redirect(RoutingContext ctx) {
        Optional<String> current = reader.movedTo(ctx.pathParam("param0"));
        if (current.isEmpty()) {
            ctx.next();
            return;
        }
        String rest = Optional.ofNullable(ctx.pathParam("param1")).orElse("");
        ctx.response().setStatusCode(301).putHeader("Location", "/t/" + current.get() + rest).end();
    }
}
