package org.mail2blog.app;

import java.io.IOException;
import java.util.Optional;

import freemarker.template.TemplateException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.mail2blog.reader.IndexPage;
import org.mail2blog.reader.LabelPage;
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

    /** Mounts the three behind the page cache; what does not exist falls through to the not-found page. */
    void mount(Router router, CachedPages pages) {
        router.get("/").blockingHandler(pages.of(this::index), false);
        router.get("/labels/:label").blockingHandler(pages.of(this::label), false);
        router.get("/search").blockingHandler(pages.of(ctx ->
                web.html(200, "reader/search.ftlh", search.search(ctx.queryParams().get("q")))), false);
    }

    private CachedPages.Rendered index(RoutingContext ctx) throws IOException, TemplateException {
        Optional<IndexPage> page = reader.index(ctx.queryParams().get("page"));
        return page.isPresent() ? web.html(200, "reader/index.ftlh", page.get()) : null;
    }

    private CachedPages.Rendered label(RoutingContext ctx) throws IOException, TemplateException {
        Optional<LabelPage> page = reader.label(ctx.pathParam("label"));
        return page.isPresent() ? web.html(200, "reader/label.ftlh", page.get()) : null;
    }
}
