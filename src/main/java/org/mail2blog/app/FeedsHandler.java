package org.mail2blog.app;

import java.io.IOException;
import java.util.Optional;

import freemarker.template.TemplateException;
import io.vertx.ext.web.Router;
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

    FeedsHandler(Feeds feeds, Views views) {
        this.feeds = feeds;
        this.views = views;
    }

    /** Mounts both feeds behind the page cache; an unknown slug falls through to the not-found page. */
    void mount(Router router, CachedPages pages) {
        router.get("/feed.atom").blockingHandler(pages.of(ctx -> atom(feeds.site())), false);
        router.get("/t/:slug/feed.atom").blockingHandler(pages.of(ctx -> {
            Optional<Feed> feed = feeds.conversation(ctx.pathParam("slug"));
            return feed.isPresent() ? atom(feed.get()) : null;
        }), false);
    }

    private CachedPages.Rendered atom(Feed feed) throws IOException, TemplateException {
        return new CachedPages.Rendered(200, "application/atom+xml; charset=utf-8", views.render(TEMPLATE, feed));
    }
}
