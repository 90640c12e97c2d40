package org.mail2blog.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mail2blog.moderation.Decision;
import org.mail2blog.trim.ReplyTrimmer;

/** The command on the first line of an admin's trimmed reply. */
class CommandParserTest {
    private static final String QUOTED_NOTICE = """

            Den 12 juli 2011 kl. 10:02 skrev mail2blog <blog@example.com>:
            > Ett nytt brev väntar på granskning i samtalet "Kompost".
            > Så här kommer det att se ut:
            >
            > ok
            > Stina Moberg, 12 juli 2011 kl. 08:30
            >
            > Svara på det här mejlet för att besluta. Skriv "ok" (eller "approve", "ja", "godkänn")
            > ensamt på första raden för att publicera brevet.
            """;
    private final CommandParser parser = new CommandParser();
    private final ReplyTrimmer trimmer = new ReplyTrimmer();

    private Optional<Command> parseReply(String reply) {
        return parser.parse(trimmer.trim(reply).kept());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "approve", "Ok!", "OK.", "ja", "Ja!", "godkänn", "GODKÄNN", "*ok*", "\"ok\"",
            "  ok  "})
    void approvalIsTheWordAloneInAnyCaseWithPunctuation(String line) {
        assertThat(parser.parse(line)).hasValue(new Command(Decision.APPROVE, ""));
    }

    @Test
    void approvalWrittenInDecomposedFormIsRead() {
        assertThat(parser.parse("godka\u0308nn")).hasValue(new Command(Decision.APPROVE, ""));
    }

    @Test
    void rejectionTakesTheRestOfTheLineAsItsReason() {
        assertThat(parser.parse("reject spam spam")).hasValue(new Command(Decision.REJECT, "spam spam"));
        assertThat(parser.parse("Reject: Too long, sorry")).hasValue(new Command(Decision.REJECT, "Too long, sorry"));
    }

    @Test
    void swedishRejectionTakesItsReasonToo() {
        assertThat(parser.parse("Avvisa – för långt, tyvärr")).hasValue(new Command(Decision.REJECT,
                "för långt, tyvärr"));
    }

    @Test
    void rejectionWithoutReasonHasAnEmptyReason() {
        assertThat(parser.parse("reject")).hasValue(new Command(Decision.REJECT, ""));
    }

    @Test
    void onlyTheFirstNonEmptyLineCounts() {
        assertThat(parser.parse("\n\n  reject not about gardens\nok\n")).hasValue(
                new Command(Decision.REJECT, "not about gardens"));
        assertThat(parser.parse("Hej!\nok")).isEmpty();
    }

    @Test
    void commandAboveTheQuotedNoticeIsRead() {
        assertThat(parseReply("ok\n\nMvh Roger\n" + QUOTED_NOTICE)).hasValue(new Command(Decision.APPROVE, ""));
        assertThat(parseReply("reject spam spam\n" + QUOTED_NOTICE)).hasValue(new Command(Decision.REJECT,
                "spam spam"));
    }

    @Test
    void quotedNoticeAloneIsNoCommand() {
        assertThat(parseReply(QUOTED_NOTICE)).isEmpty();
    }

    @Test
    void emptyReplyIsNoCommand() {
        assertThat(parser.parse("")).isEmpty();
        assertThat(parser.parse(" \n\t\n")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"okej", "okay", "ok, but not yet", "ja men inte än", "approved", "rejected spam",
            "reject2", "Hej!", "nej", "publish", "ok2", "-- "})
    void anythingElseIsNoCommand(String line) {
        assertThat(parser.parse(line)).isEmpty();
    }

    @Test
    void firstLineIsStrippedAndComposed() {
        assertThat(CommandParser.firstLine("\n  godka\u0308nn \nok")).isEqualTo("godkänn");
    }
}
