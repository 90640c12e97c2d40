package org.mail2blog.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.thread.Match;
import org.mail2blog.thread.MatchedBy;

class FollowCommandTest {
    private final FollowCommand command = new FollowCommand(null, null);

    private static ParsedMessage mail(String subject, String text) {
        return new ParsedMessage(Optional.of("f@example.com"), Optional.empty(), List.of(), subject, "Ola",
                "ola.ros@example.com", List.of("blog+x@example.com"), Optional.of(OffsetDateTime.now()), text,
                List.of());
    }

    /** Line breaks are written as a backslash and n in the table. */
    @ParameterizedTest(name = "subject \"{0}\", body \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "follow          | Hej                     | true",
            "FOLLOW          | ''                      | true",
            "'  Follow '     | ''                      | true",
            "Sv: Samtalet    | follow                  | true",
            "''              | '\\n  Follow\\n\\nOla'  | true",
            "Sv: Samtalet    | Hej! I follow the blog  | false",
            "follow me       | ''                      | false",
            "Re: follow      | Hej                     | false",
            "''              | 'Hej\\nfollow'          | false",
    })
    void recognisesTheWordAloneInSubjectOrFirstLine(String subject, String text, boolean expected) {
        ParsedMessage mail = mail(subject, text.replace("\\n", "\n"));
        assertThat(command.isCommand(mail, Match.of(1, MatchedBy.REPLY_ADDRESS))).isEqualTo(expected);
    }

    @Test
    void mailMatchingNoConversationIsNoCommand() {
        assertThat(command.isCommand(mail("follow", "follow"), Match.NONE)).isFalse();
    }
}
