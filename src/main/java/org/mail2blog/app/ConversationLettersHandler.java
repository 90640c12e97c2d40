package org.mail2blog.app;

import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.mail2blog.blog.Conversation;
import org.mail2blog.moderation.ConversationLetters;
import org.mail2blog.moderation.ConversationLetters.Direction;
import org.mail2blog.moderation.LetterChange;
import org.mail2blog.moderation.ModerationQueue;

/**
 * The buttons beside each letter on a conversation's admin page: remove from the page, restore,
 * move up, move down, set the public name. Each is a plain form post that answers with a notice and
 * a redirect back to the letter; an unknown conversation is the 404 page.
 */
final class ConversationLettersHandler {
    private final Beans beans;
    private final Web web;

    ConversationLettersHandler(Beans beans, Web web) {
        this.beans = beans;
        this.web = web;
    }

    void mount(Router router) {
        String base = ConversationPagesHandler.LIST + "/:slug/letters/:id/";
        ConversationLetters letters = beans.conversationLetters();
        router.post(base + "remove").blockingHandler(ctx -> act(ctx, "is off the page; restore it here at any time.",
                (c, id, admin) -> letters.remove(c, id, admin)), false);
        router.post(base + "restore").blockingHandler(ctx -> act(ctx, "is back on the page, in its old place.",
                (c, id, admin) -> letters.restore(c, id, admin)), false);
        router.post(base + "move-up").blockingHandler(ctx -> act(ctx, "moved up.",
                (c, id, admin) -> letters.move(c, id, Direction.UP, admin)), false);
        router.post(base + "move-down").blockingHandler(ctx -> act(ctx, "moved down.",
                (c, id, admin) -> letters.move(c, id, Direction.DOWN, admin)), false);
        router.post(base + "name").blockingHandler(ctx -> act(ctx, "has its new public name.",
                (c, id, admin) -> letters.rename(c, id, formName(ctx), admin)), false);
    }

    private void act(RoutingContext ctx, String done, Action action) {
        Optional<Conversation> conversation = ConversationApi.slug(ctx.pathParam("slug"))
                .flatMap(beans.conversations()::findBySlug);
        Optional<Long> id = AdminApi.parseId(ctx.pathParam("id"));
        if (conversation.isEmpty() || id.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        LetterChange change = action.apply(conversation.get(), id.get(), ConversationPagesHandler.admin(ctx));
        ConversationPagesHandler.notice(ctx, "Letter " + id.get() + " " + switch (change) {
            case DONE -> done;
            case UNCHANGED -> "stays as it was: there was nothing to change.";
            case NOT_FOUND -> "is not a letter of this conversation.";
            case NOT_ALLOWED -> "cannot be changed that way: only published letters are removed or moved,"
                    + " only removed ones restored, and withdrawn or rejected ones not renamed.";
            case INVALID -> "keeps its name: a public name needs 1 to " + ModerationQueue.MAX_NAME_LENGTH
                    + " characters on one line.";
        });
        AdminPagesHandler.redirect(ctx, ConversationPagesHandler.LIST + "/" + conversation.get().slug()
                + "#letter-" + id.get());
    }

    private static String formName(RoutingContext ctx) {
        return Optional.ofNullable(ctx.request().getFormAttribute("name")).orElse("");
    }

    @FunctionalInterface
    private interface Action {
        LetterChange apply(Conversation conversation, long letterId, String admin);
    }
}
