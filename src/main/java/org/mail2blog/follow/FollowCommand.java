package org.mail2blog.follow;

import java.util.Locale;

import org.jdbi.v3.core.Jdbi;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.thread.Match;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The word {@code follow} mailed to a conversation (as the subject or the first line of the body,
 * in any case) makes the sender a follower instead of a letter. The mail came from that address,
 * so there is nothing to confirm. Thread-safe.
 */
public final class FollowCommand {
    /** The message state's reason for a stored mail that was a follow command (see the publish route). */
    public static final String REASON = "FOLLOW_COMMAND";
    private static final String WORD = "follow";
    private static final Logger LOG = LoggerFactory.getLogger(FollowCommand.class);
    private final Jdbi jdbi;
    private final FollowerRepository followers;

    public FollowCommand(Jdbi jdbi, FollowerRepository followers) {
        this.jdbi = jdbi;
        this.followers = followers;
    }

    /** True when the mail belongs to a conversation and says nothing but "follow". */
    public boolean isCommand(ParsedMessage mail, Match match) {
        return match.conversationId().isPresent()
                && (isWord(mail.subject()) || isWord(firstLine(mail.text())));
    }

    /**
     * Makes the sender follow the mail's conversation (again, if they had unsubscribed).
     *
     * @return what happened, for the stored mail's record
     */
    public String follow(ParsedMessage mail, Match match) {
        long conversationId = match.conversationId().orElseThrow(
                () -> new IllegalArgumentException("a follow command needs a conversation; call isCommand first"));
        jdbi.useTransaction(h -> followers.follow(h, conversationId, mail.fromAddress(), CameBy.MAIL));
        LOG.info("[follow] conversation={} followed by mail", conversationId);
        return "the sender follows conversation " + conversationId + " (asked by mail)";
    }

    private static boolean isWord(String text) {
        return text.strip().toLowerCase(Locale.ROOT).equals(WORD);
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }
}
