package org.mail2blog.follow;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.ReplyAddress;

/**
 * Builds the view models of the follow and unsubscribe pages, doing what their forms ask. Every
 * method is empty for an unknown slug or token (a 404 page). Thread-safe.
 */
public final class FollowPages {
    /** One address, no display name, no list; a mail server has the last word. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>()\",;:\\\\]+@[^@\\s<>()\",;:\\\\]+\\.[^@\\s<>()\",;:\\\\.]+");
    private static final int MAX_ADDRESS = 254;
    private final ConversationRepository conversations;
    private final FollowerRepository followers;
    private final FollowRequests requests;
    private final ReplyAddress replyAddress;

    public FollowPages(ConversationRepository conversations, FollowerRepository followers, FollowRequests requests,
                       ReplyAddress replyAddress) {
        this.conversations = conversations;
        this.followers = followers;
        this.requests = requests;
        this.replyAddress = replyAddress;
    }

    /** The follow form was sent: mails a confirmation link when the address can be one. */
    public Optional<FollowRequestPage> request(String slug, String typed) {
        return conversations.findBySlug(slug).filter(Conversation::isPublished).map(c -> {
            String address = typed.strip().toLowerCase(Locale.ROOT);
            if (!isAcceptable(address)) {
                return new FollowRequestPage(c.slug(), c.title(), typed.strip(), false);
            }
            requests.request(c, address);
            return new FollowRequestPage(c.slug(), c.title(), "", true);
        });
    }

    /** The confirm button behind a working link. */
    public Optional<FollowConfirmPage> confirmation(String token) {
        return requests.find(token).flatMap(p -> conversations.findById(p.conversationId()))
                .map(c -> new FollowConfirmPage(token, c.slug(), c.title(), false));
    }

    /** The button was pressed: the address follows. */
    public Optional<FollowConfirmPage> confirm(String token) {
        return requests.confirm(token).flatMap(p -> conversations.findById(p.conversationId()))
                .map(c -> new FollowConfirmPage(token, c.slug(), c.title(), true));
    }

    /** The unsubscribe button behind a follower's link. */
    public Optional<UnsubscribePage> unsubscription(String token) {
        return followers.findByToken(token).flatMap(f -> conversations.findById(f.conversationId()))
                .map(c -> new UnsubscribePage(token, c.slug(), c.title(), false));
    }

    /** The button was pressed (or a mail program's one-click POST came): no more mail. */
    public Optional<UnsubscribePage> unsubscribe(String token) {
        return followers.unsubscribe(token).flatMap(f -> conversations.findById(f.conversationId()))
                .map(c -> new UnsubscribePage(token, c.slug(), c.title(), true));
    }

    /** A plausible address that is not one of the blog's own (our mail must not go to ourselves). */
    private boolean isAcceptable(String address) {
        return address.length() <= MAX_ADDRESS && ADDRESS.matcher(address).matches()
                && replyAddress.tokenIn(address).isEmpty() && !replyAddress.isBlogAddress(address);
    }
}
