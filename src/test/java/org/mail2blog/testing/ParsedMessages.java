package org.mail2blog.testing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.mail2blog.mime.ParsedMessage;

/** Builds {@link ParsedMessage}s for tests that do not care about MIME. */
public final class ParsedMessages {
    private ParsedMessages() {
    }

    public static ParsedMessage from(String name, String address, String to, String text) {
        return new ParsedMessage(Optional.of("id-" + System.nanoTime() + "@example.com"), Optional.empty(),
                List.of(), "Sv: test", name, address, List.of(to),
                Optional.of(OffsetDateTime.parse("2011-07-12T08:30:00+02:00")), text, List.of());
    }

    public static ParsedMessage replyTo(String messageId, String address) {
        return new ParsedMessage(Optional.of("id-" + System.nanoTime() + "@example.com"), Optional.of(messageId),
                List.of("older@example.com", messageId), "Re: anything", "Karin", address,
                List.of("blog@example.com"), Optional.empty(), "Hej", List.of());
    }
}
