package org.mail2blog.app;

import java.util.Optional;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import org.mail2blog.ingest.Archived;

/**
 * The admin's view of stored mail: one pending letter on its own page, the quarantine with its
 * Replay buttons, and the raw download of any stored mail. Login, session and CSRF checks are in
 * front ({@link Web}, {@link AdminPagesHandler}).
 */
final class MessagesHandler {
    private static final String QUARANTINE = "/admin/quarantine";
    private final Beans beans;
    private final Web web;

    MessagesHandler(Beans beans, Web web) {
        this.beans = beans;
        this.web = web;
    }

    void mount(Router router) {
        router.get("/admin/queue/:id").blockingHandler(this::itemPage, false);
        router.get(QUARANTINE).blockingHandler(this::quarantinePage, false);
        router.post(QUARANTINE + "/:key/replay").blockingHandler(this::replay, false);
        router.get("/admin/messages/:key/raw").blockingHandler(this::raw, false);
    }

    private void itemPage(RoutingContext ctx) {
        AdminApi.parseId(ctx.pathParam("id"))
                .flatMap(id -> beans.adminPages().item(id, ctx.session().get(AdminPagesHandler.ADMIN),
                        AdminPagesHandler.csrf(ctx)))
                .ifPresentOrElse(page -> web.render(ctx, 200, "admin/queue-item.ftlh", page), () -> web.notFound(ctx));
    }

    private void quarantinePage(RoutingContext ctx) {
        Session session = ctx.session();
        String notice = Optional.ofNullable(session.<String>remove(AdminPagesHandler.NOTICE)).orElse("");
        web.render(ctx, 200, "admin/quarantine.ftlh", beans.adminPages()
                .quarantine(session.get(AdminPagesHandler.ADMIN), AdminPagesHandler.csrf(ctx), notice));
    }

    /** The stored bytes exactly as received, as a download; never shown in the browser. */
    private void raw(RoutingContext ctx) {
        Optional<Archived> mail = AdminApi.parseId(ctx.pathParam("key")).flatMap(beans.messageArchive()::findByKey);
        if (mail.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        ctx.response().putHeader("Content-Type", "message/rfc822")
                .putHeader("Content-Disposition", "attachment; filename=\"mail-" + mail.get().key() + ".eml\"")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(Buffer.buffer(mail.get().raw()));
    }

    private void replay(RoutingContext ctx) {
        Optional<Long> key = AdminApi.parseId(ctx.pathParam("key"));
        if (key.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        Optional<Archived.State> state = beans.mailReplay().replay(key.get());
        ctx.session().put(AdminPagesHandler.NOTICE, notice(key.get(), state));
        AdminPagesHandler.redirect(ctx, QUARANTINE);
    }

    private static String notice(long key, Optional<Archived.State> state) {
        return state.map(s -> switch (s) {
            case READ -> "Mail " + key + " was read this time; it is in the approval queue (or started its conversation).";
            case IGNORED -> "Mail " + key + " was read this time and set aside as automatic mail (listed below).";
            case QUARANTINED -> "Mail " + key + " failed again and is back in quarantine; its new error is shown below.";
            case RECEIVED, DUPLICATE -> "Mail " + key + " was replayed; it is now " + s.name().toLowerCase(java.util.Locale.ROOT) + ".";
        }).orElse("Mail " + key + " is not in quarantine (it may have been replayed already).");
    }
}
