package org.mail2blog.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mail2blog.sender.SenderDecision;
import org.mail2blog.sender.SenderStatus;
import org.mail2blog.moderation.SpamLetters;

class SenderNoticesTest {
    private static SenderDecision decision(SenderStatus status) {
        return new SenderDecision("asa@example.com", status, "redaktor", OffsetDateTime.parse("2011-07-12T08:30:00+02:00"));
    }

    @Test
    void aForgottenDecisionSaysWhatHappensToTheNextMail() {
        assertThat(SenderNotices.forgot("Asa@example.com", Optional.of(decision(SenderStatus.BANNED))))
                .isEqualTo("asa@example.com is no longer banned; their next mail waits in the approval queue.");
        assertThat(SenderNotices.forgot("asa@example.com", Optional.of(decision(SenderStatus.TRUSTED))))
                .startsWith("asa@example.com is no longer trusted;");
    }

    @Test
    void nothingToForgetIsSaidPlainly() {
        assertThat(SenderNotices.forgot(" bo@example.com ", Optional.empty()))
                .startsWith("Nothing to forget: nobody trusted or banned bo@example.com ");
        assertThat(SenderNotices.forgot("", Optional.empty())).startsWith("Name the sender's address");
        assertThat(SenderNotices.forgot("x".repeat(400), Optional.empty()))
                .isEqualTo("Nothing to forget: no address is longer than 320 characters.");
    }

    @Test
    void notSpamSaysWhereTheLetterWentOrWhyNothingChanged() {
        assertThat(SenderNotices.released(12, SpamLetters.Release.DONE))
                .startsWith("Letter 12 is back in the approval queue.").contains("forget the ban");
        assertThat(SenderNotices.released(12, SpamLetters.Release.NOT_SPAM))
                .isEqualTo("Letter 12 is not spam (any more), so nothing was changed.");
        assertThat(SenderNotices.released(12, SpamLetters.Release.NOT_FOUND)).isEqualTo("Letter 12 does not exist.");
    }
}
