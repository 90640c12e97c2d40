package org.mail2blog.app;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.mail2blog.reader.ReaderPages;
import org.mail2blog.reader.SearchPages;

/**
 * The reader's lists of conversations: the front page ({@code /}, {@code ?page=N}), the label pages
 * ({@code /labels/{label}}) and the search ({@code /search?q=…}). A page number beyond the last page
 * and a label nobody uses answer with the not-found page.
 */
final class ReaderListsHandler {
    private final ReaderPages reader;
    private final SearchPages search;
    private final Web web;

    ReaderListsHandler(ReaderPages reader, SearchPages search, Web web) {
        this.reader = reader;
        this.search = search;
        this.web = web;
    }

    void mount(Router router) {
        router.get("/").blockingHandler(this::index, false);
        router.get("/labels/:label").blockingHandler(this::label, false);
        router.get("/search").blockingHandler(this::search, false);
    }

    private void index(RoutingContext ctx) {
        reader.index(ctx.queryParams().get("page")).ifPresentOrElse(
                page -> web.render(ctx, 200, "reader/index.ftlh", page), () -> web.notFound(ctx));
    }

    private void label(RoutingContext ctx) {
        reader.label(ctx.pathParam("label")).ifPresentOrElse(
                page -> web.render(ctx, 200, "reader/label.ftlh", page), () -> web.notFound(ctx));
    }

    private void search(RoutingContext ctx) {
        web.render(ctx, 200, "reader/search.ftlh", search.search(ctx.queryParams().get("q")));
    }
}
