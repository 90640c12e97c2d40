package org.mail2blog.app;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.mail2blog.admin.DecisionNotices;
import org.mail2blog.admin.DecisionNotices.Action;
import org.mail2blog.admin.EditPage;
import org.mail2blog.moderation.Decision;
import org.mail2blog.moderation.LetterDecisions;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.moderation.Outcome;

/**
 * The admin's decisions on queued letters from the web: approve (and trust), edit then approve,
 * reject with an optional reason, spam, bulk approve/reject, public name, starting a conversation
 * from a letter, and the audit log page. Every POST ends in a notice and a 303 back to the queue,
 * except a refused edit, which redisplays its form (400). Login, session and CSRF checks are in
 * front ({@link Web}, {@link AdminPagesHandler}); the actor of each decision is the logged-in admin.
 */
final class QueueActionsHandler {
    private static final String QUEUE = "/admin/";
    private final Beans beans;
    private final Web web;

    QueueActionsHandler(Beans beans, Web web) {
        this.beans = beans;
        this.web = web;
    }

    void mount(Router router) {
        router.post("/admin/queue/bulk").blockingHandler(this::bulk, false);
        router.post("/admin/queue/:id/approve").blockingHandler(ctx -> decide(ctx, (id, admin) -> {
            boolean trust = "true".equals(ctx.request().getFormAttribute("trust"));
            return notice(id, trust ? Action.APPROVE_AND_TRUST : Action.APPROVE,
                    decisions().approve(id, trust, admin));
        }), false);
        router.post("/admin/queue/:id/reject").blockingHandler(ctx -> decide(ctx, (id, admin) -> {
            String reason = form(ctx, "reason");
            return notice(id, reason.isBlank() ? Action.REJECT : Action.REJECT_WITH_REASON,
                    decisions().reject(id, reason, admin));
        }), false);
        router.post("/admin/queue/:id/spam").blockingHandler(ctx -> decide(ctx, (id, admin) ->
                notice(id, Action.SPAM, decisions().spam(id, admin))), false);
        router.post("/admin/queue/:id/name").blockingHandler(ctx -> decide(ctx, (id, admin) -> {
            String name = form(ctx, "name");
            return renamed(id, name, beans.moderationQueue().rename(id, name, admin));
        }), false);
        router.post("/admin/queue/:id/new-conversation").blockingHandler(ctx -> decide(ctx, (id, admin) ->
                DecisionNotices.started(id, beans.unmatchedInbox().startConversation(id, admin))), false);
        router.get("/admin/queue/:id/edit").blockingHandler(this::editPage, false);
        router.post("/admin/queue/:id/edit").blockingHandler(this::edit, false);
        router.get("/admin/audit").blockingHandler(ctx -> web.render(ctx, 200, "admin/audit.ftlh",
                beans.decisionPages().audit(admin(ctx), AdminPagesHandler.csrf(ctx))), false);
    }

    private LetterDecisions decisions() {
        return beans.moderationQueue().decisions();
    }

    /** Runs one decision on the letter in the path and shows its notice on the queue; a bad id is a 404. */
    private void decide(RoutingContext ctx, BiFunction<Long, String, String> decision) {
        Optional<Long> id = AdminApi.parseId(ctx.pathParam("id"));
        if (id.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        ctx.session().put(AdminPagesHandler.NOTICE, decision.apply(id.get(), admin(ctx)));
        AdminPagesHandler.redirect(ctx, QUEUE);
    }

    private void bulk(RoutingContext ctx) {
        List<Long> ids = ctx.request().formAttributes().getAll("id").stream().map(AdminApi::parseId)
                .flatMap(Optional::stream).toList();
        Decision decision = "reject".equals(form(ctx, "decision")) ? Decision.REJECT : Decision.APPROVE;
        ctx.session().put(AdminPagesHandler.NOTICE,
                DecisionNotices.of(decisions().decideAll(ids, decision, admin(ctx))));
        AdminPagesHandler.redirect(ctx, QUEUE);
    }

    private void editPage(RoutingContext ctx) {
        Optional<EditPage> page = AdminApi.parseId(ctx.pathParam("id"))
                .flatMap(id -> beans.decisionPages().edit(admin(ctx), AdminPagesHandler.csrf(ctx), id));
        page.ifPresentOrElse(p -> web.render(ctx, 200, "admin/edit.ftlh", p), () -> web.notFound(ctx));
    }

    private void edit(RoutingContext ctx) {
        Optional<Long> id = AdminApi.parseId(ctx.pathParam("id"));
        if (id.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        String text = form(ctx, "body");
        Outcome outcome = decisions().editAndApprove(id.get(), text, admin(ctx));
        Optional<EditPage> again = outcome == Outcome.INVALID
                ? beans.decisionPages().refusedEdit(admin(ctx), AdminPagesHandler.csrf(ctx), id.get(), text)
                : Optional.empty();
        if (again.isPresent()) {
            web.render(ctx, 400, "admin/edit.ftlh", again.get());
            return;
        }
        ctx.session().put(AdminPagesHandler.NOTICE, notice(id.get(), Action.EDIT_AND_APPROVE, outcome));
        AdminPagesHandler.redirect(ctx, QUEUE);
    }

    private static String notice(long id, Action action, Outcome outcome) {
        return DecisionNotices.of(id, action, outcome);
    }

    private static String renamed(long id, String name, Outcome outcome) {
        return switch (outcome) {
            case DONE -> "Letter " + id + " will appear under the name " + name.strip() + ".";
            case INVALID -> "Letter " + id + ": a public name needs 1 to " + ModerationQueue.MAX_NAME_LENGTH
                    + " characters on one line.";
            default -> "Letter " + id + " does not exist or was withdrawn or rejected.";
        };
    }

    private static String form(RoutingContext ctx, String name) {
        return Optional.ofNullable(ctx.request().getFormAttribute(name)).orElse("");
    }

    private static String admin(RoutingContext ctx) {
        return ctx.session().get(AdminPagesHandler.ADMIN);
    }
}
