package org.mail2blog.start;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jdbi.v3.core.Jdbi;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.mime.ParsedMessage;

/**
 * Decides whether a mail asks to start a conversation: it comes from one of the admins' own
 * addresses, it was sent to the blog's plain address (no conversation token on any recipient), and
 * it answers no mail we stored or sent. Everything else is a letter for the queue, an admin's reply
 * to a conversation included.
 *
 * <p>The From line is not authenticated here; a forged one can only create a draft, which stays
 * unpublished until an admin publishes it. Thread-safe.
 */
public final class StartCommandDetector {
    private final Supplier<List<String>> adminAddresses;
    private final String blogAddress;
    private final ReplyAddress replyAddress;
    private final Jdbi jdbi;

    /**
     * @param adminAddresses the admins' own addresses ({@code mail2blog.admin.addresses})
     * @param blogAddress    the blog's plain address
     */
    public StartCommandDetector(List<String> adminAddresses, String blogAddress, ReplyAddress replyAddress,
                                Jdbi jdbi) {
        this(fixed(adminAddresses), blogAddress, replyAddress, jdbi);
    }

    /**
     * @param adminAddresses the admins' own addresses, asked for each mail (configured ones and the
     *                       admin accounts' own, so an account added while the service runs counts)
     * @param blogAddress    the blog's plain address
     */
    public StartCommandDetector(Supplier<List<String>> adminAddresses, String blogAddress, ReplyAddress replyAddress,
                                Jdbi jdbi) {
        this.adminAddresses = adminAddresses;
        this.blogAddress = blogAddress;
        this.replyAddress = replyAddress;
        this.jdbi = jdbi;
    }

    private static Supplier<List<String>> fixed(List<String> addresses) {
        List<String> copy = List.copyOf(addresses);
        return () -> copy;
    }

    public boolean isStartCommand(ParsedMessage mail) {
        return isFromAdmin(mail) && isToPlainAddress(mail) && !isReply(mail);
    }

    private boolean isFromAdmin(ParsedMessage mail) {
        return adminAddresses.get().stream().anyMatch(a -> a.equalsIgnoreCase(mail.fromAddress()));
    }

    private boolean isToPlainAddress(ParsedMessage mail) {
        return mail.recipients().stream().anyMatch(blogAddress::equalsIgnoreCase)
                && mail.recipients().stream().noneMatch(r -> replyAddress.tokenIn(r).isPresent());
    }

    /** True when In-Reply-To or References names a mail we stored or one we sent. */
    private boolean isReply(ParsedMessage mail) {
        List<String> ids = new ArrayList<>(mail.references());
        mail.inReplyTo().ifPresent(ids::add);
        if (ids.isEmpty()) {
            return false;
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM message WHERE message_id IN (<ids>)")
                .bindList("ids", ids).mapTo(Integer.class).one()
                + h.createQuery("SELECT COUNT(*) FROM outbox WHERE message_id IN (<ids>)")
                .bindList("ids", ids).mapTo(Integer.class).one()) > 0;
    }
}
