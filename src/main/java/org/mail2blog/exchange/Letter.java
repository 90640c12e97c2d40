package org.mail2blog.exchange;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One letter recovered from a forwarded exchange, as its writer sent it.
 *
 * @param authorName    the writer's display name as the quoting client printed it, empty when it printed none
 * @param authorAddress the writer's address, lower-case, empty when the client hid it (Outlook often
 *                      prints only the name of a contact)
 * @param date          when the letter was sent, if the client printed a date we can read
 * @param body          the writer's own words: its quoted history, signature and mobile footer cut
 *                      away by {@link org.mail2blog.trim.ReplyTrimmer}; never blank
 */
public record Letter(String authorName, String authorAddress, Optional<OffsetDateTime> date, String body) {
    public Letter {
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(authorAddress, "authorAddress");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(body, "body");
    }
}
