package org.mail2blog.app;

import java.io.IOException;

import freemarker.template.TemplateException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.mail2blog.reader.Feed;
import org.mail2blog.reader.Feeds;

/**
 * The Atom feeds: {@code /feed.atom} for the whole blog and {@code /t/{slug}/feed.atom} for one
 * conversation, rendered from {@code templates/feed/atom.ftlx}. An unknown or unpublished slug is the
 * not-found page.
 */
final class FeedsHandler {
    private static final String TEMPLATE = "feed/atom.ftlx";
    private final Feeds feeds;
    private final Views views;
    private final Web web;

    FeedsHandler(Feeds feeds, Views views, Web web) {
        this.feeds = feeds;
        this.views = views;
        this.web = web;
    }

    void mount(Router router) {
        router.get("/feed.atom").blockingHandler(ctx -> render(ctx, feeds.site()), false);
        router.get("/t/:slug/feed.atom").blockingHandler(ctx -> feeds.conversation(ctx.pathParam("slug"))
                .ifPresentOrElse(feed -> render(ctx, feed), () -> web.notFound(ctx)), false);
    }

    private void render(RoutingContext ctx, Feed feed) {
        String xml;
        try {
            xml = views.render(TEMPLATE, feed);
        } catch (IOException | TemplateException e) {
            ctx.fail(500, e);
            return;
        }
        ctx.response().setStatusCode(200).putHeader("Content-Type", "application/atom+xml; charset=utf-8").end(xml);
    }
}
