package org.mail2blog.app;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import freemarker.template.TemplateException;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.mail2blog.cache.CachedPage;
import org.mail2blog.cache.Conditional;
import org.mail2blog.cache.Encoding;
import org.mail2blog.cache.PageCache;
import org.mail2blog.cache.SiteVersion;

/**
 * Wraps a public GET handler: its 200 pages are kept by path and query until the site version moves
 * (any database write, any template edit), sent with a weak ETag and Last-Modified, answered with
 * 304 when the client's copy is current, and gzip- or deflate-compressed when the client accepts it.
 * {@code Cache-Control: no-cache} makes browsers revalidate every time. Other statuses pass through
 * uncached. Use with {@code blockingHandler(pages.of(...), false)}. Thread-safe.
 */
final class CachedPages {
    private static final int MAX_PAGES = 500;
    private static final long MAX_BYTES = 64L << 20;
    private static final int MAX_KEY_CHARS = 2_000;
    private final PageCache cache = new PageCache(MAX_PAGES, MAX_BYTES);
    private final SiteVersion version;
    private final Clock clock;

    /** What a wrapped handler produces: a status, a content type and the text; null passes the request on. */
    record Rendered(int status, String contentType, String body) {
    }

    /** Renders one request's page. */
    @FunctionalInterface
    interface Source {
        Rendered render(RoutingContext ctx) throws IOException, TemplateException;
    }

    CachedPages(SiteVersion version, Clock clock) {
        this.version = version;
        this.clock = clock;
    }

    Handler<RoutingContext> of(Source source) {
        return ctx -> {
            try {
                serve(ctx, source);
            } catch (IOException | TemplateException e) {
                ctx.fail(500, e);
            }
        };
    }

    private void serve(RoutingContext ctx, Source source) throws IOException, TemplateException {
        String key = ctx.request().uri();
        String current = version.current();
        Optional<CachedPage> hit = cache.get(key, current);
        if (hit.isPresent()) {
            send(ctx, hit.get());
            return;
        }
        Rendered rendered = source.render(ctx);
        if (rendered == null) {
            ctx.next();
        } else if (rendered.status() != 200) {
            ctx.response().setStatusCode(rendered.status()).putHeader("Content-Type", rendered.contentType())
                    .end(rendered.body());
        } else {
            CachedPage page = CachedPage.of(rendered.contentType(), rendered.body(), clock.instant());
            if (key.length() <= MAX_KEY_CHARS) {
                cache.put(key, current, page);
            }
            send(ctx, page);
        }
    }

    private static void send(RoutingContext ctx, CachedPage page) {
        HttpServerResponse response = ctx.response()
                .putHeader("ETag", page.etag())
                .putHeader("Last-Modified", Conditional.httpDate(page.lastModified()))
                .putHeader("Cache-Control", "no-cache")
                .putHeader("Vary", "Accept-Encoding");
        if (Conditional.notModified(ctx.request().getHeader("If-None-Match"),
                ctx.request().getHeader("If-Modified-Since"), page)) {
            response.setStatusCode(304).end();
            return;
        }
        Encoding encoding = Encoding.choose(ctx.request().getHeader("Accept-Encoding"));
        if (encoding.token() != null) {
            response.putHeader("Content-Encoding", encoding.token());
        }
        response.setStatusCode(200).putHeader("Content-Type", page.contentType())
                .end(Buffer.buffer(encoding.body(page)));
    }
}
