package org.mail2blog.app;

import java.io.IOException;
import java.util.Map;

import freemarker.template.TemplateException;
import io.vertx.core.Vertx;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CSRFHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;
import org.mail2blog.reader.ReaderPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mounts the web pages as plain Vert.x Web handlers on the router of Camel's embedded HTTP server
 * (Camel platform-http routes would copy request data into response headers). Each page handler
 * takes three steps: the request, a page bean that returns a view model, the template render.
 */
final class Web {
    private static final Logger LOG = LoggerFactory.getLogger(Web.class);
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";
    /** Browser features no page of ours uses, turned off for every page. */
    private static final String PERMISSIONS = "accelerometer=(), autoplay=(), camera=(), display-capture=(),"
            + " fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";
    /** A year, once the public base URL is https: browsers then never try plain http. */
    private static final String HSTS = "max-age=31536000";
    private final Beans beans;
    private final Settings settings;

    Web(Beans beans, Settings settings) {
        this.beans = beans;
        this.settings = settings;
    }

    void mount(Router router, Vertx vertx) {
        router.route().handler(this::securityHeaders);
        new HealthHandler(beans.cluster()).mount(router);
        CachedPages pages = new CachedPages(beans.siteVersion(), java.time.Clock.systemUTC());
        new StaticFiles(settings.templatesDir().resolve("static")).mount(router, pages);
        ReaderPages reader = beans.readerPages();
        new ReaderListsHandler(reader, beans.searchPages(), this).mount(router, pages);
        new SlugRedirectHandler(reader).mount(router);
        router.get("/t/:slug").blockingHandler(pages.of(ctx -> {
            var page = reader.conversation(ctx.pathParam("slug"));
            return page.isPresent() ? html(200, "reader/conversation.ftlh", page.get())
                    : html(404, "reader/not-found.ftlh", Map.of());
        }), false);
        new FeedsHandler(beans.feeds(), beans.views()).mount(router, pages);
        new WithdrawHandler(beans.withdrawPages(), this).mount(router);
        new FollowPagesHandler(beans.followPages(), this).mount(router);
        new AdminApi(beans.moderationQueue(), settings.apiToken(), new ConversationApi(beans), new DecisionApi(beans))
                .mount(router);
        mountAdminPages(router, vertx);
        router.route().last().blockingHandler(this::notFound, false);
        router.route().failureHandler(this::failed);
    }

    private void mountAdminPages(Router router, Vertx vertx) {
        String adminPages = "^/admin(/(?!api/).*)?$";
        router.routeWithRegex(adminPages).handler(BodyHandler.create(false).setBodyLimit(1_000_000));
        router.routeWithRegex(adminPages).handler(SessionHandler.create(LocalSessionStore.create(vertx))
                .setSessionCookieName("mail2blog.session").setCookieHttpOnlyFlag(true)
                .setCookieSameSite(CookieSameSite.LAX)
                .setCookieSecureFlag(settings.baseUrl().startsWith("https:"))
                .setSessionTimeout(settings.sessionTimeout().toMillis()));
        router.routeWithRegex(adminPages).handler(CSRFHandler.create(vertx, CsrfSecret.random())
                .setNagHttps(false).setCookieSecure(settings.baseUrl().startsWith("https:")));
        router.routeWithRegex(adminPages).handler(ctx -> {
            ctx.response().putHeader("Cache-Control", "no-store");
            ctx.next();
        });
        new AdminPagesHandler(beans, this).mount(router);
    }

    /** Renders a template into the response; a failing template is a 500, logged once. */
    void render(RoutingContext ctx, int status, String template, Object model) {
        String html;
        try {
            html = beans.views().render(template, model);
        } catch (IOException | TemplateException e) {
            ctx.fail(500, e);
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8").end(html);
    }

    /** Renders a template for {@link CachedPages}, which sends it (a failing template is a 500). */
    CachedPages.Rendered html(int status, String template, Object model) throws IOException, TemplateException {
        return new CachedPages.Rendered(status, "text/html; charset=utf-8", beans.views().render(template, model));
    }

    void notFound(RoutingContext ctx) {
        render(ctx, 404, "reader/not-found.ftlh", Map.of());
    }

    /**
     * Failed requests: a refused CSRF check is a 403 with one log line; anything else is a 500
     * logged with its stack trace. The body never echoes request data.
     */
    private void failed(RoutingContext ctx) {
        if (ctx.statusCode() == 403) {
            LOG.warn("[web] {} {} refused: {}", ctx.request().method(), ctx.request().path(),
                    ctx.failure() == null ? "forbidden" : ctx.failure().getMessage());
            plain(ctx, 403, "Forbidden: the form was stale or not sent from this site. Reload the page and try again.");
        } else {
            LOG.error("[web] {} {} failed", ctx.request().method(), ctx.request().path(), ctx.failure());
            errorPage(ctx);
        }
    }

    /** The 500 page from {@code reader/error.ftlh}; plain text when that template itself cannot be rendered. */
    private void errorPage(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        try {
            String html = beans.views().render("reader/error.ftlh", Map.of());
            ctx.response().setStatusCode(500).putHeader("Content-Type", "text/html; charset=utf-8").end(html);
        } catch (IOException | TemplateException | RuntimeException broken) {
            LOG.error("[web] the error page itself failed", broken);
            plain(ctx, 500, "Internal error; the administrator can find the details in the log.");
        }
    }

    private static void plain(RoutingContext ctx, int status, String text) {
        if (!ctx.response().ended()) {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "text/plain; charset=utf-8").end(text);
        }
    }

    private void securityHeaders(RoutingContext ctx) {
        ctx.response().putHeader("Content-Security-Policy", CSP)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("X-Frame-Options", "DENY")
                .putHeader("Permissions-Policy", PERMISSIONS);
        if (settings.baseUrl().startsWith("https:")) {
            ctx.response().putHeader("Strict-Transport-Security", HSTS);
        }
        ctx.next();
    }
}
