package org.mail2blog.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.mail2blog.trim.ReplyTrimmer;
import org.mail2blog.trim.Trimmed;

class CutLinesTest {
    private static final UnaryOperator<String> UNSCRUBBED = UnaryOperator.identity();

    private static List<CutLines.Line> aligned(String original) {
        Trimmed trimmed = new ReplyTrimmer().trim(original);
        return CutLines.align(original, trimmed.kept(), trimmed.removed(), UNSCRUBBED).orElseThrow();
    }

    private static List<String> cut(List<CutLines.Line> lines) {
        return lines.stream().filter(CutLines.Line::isCut).map(CutLines.Line::text).toList();
    }

    @Test
    void marksTheQuotedHistoryBelowASwedishTopPost() {
        String mail = "Hej!\n\nVi har kompost på gården.\n\nMvh Åsa\n\n"
                + "Den 11 juli 2011 kl. 21:40 skrev Roger Lind <roger@example.com>:\n> Hej Lena!\n>\n> Tack för ditt brev.";

        List<CutLines.Line> lines = aligned(mail);

        assertThat(lines).extracting(CutLines.Line::text).containsExactlyElementsOf(mail.lines().toList());
        assertThat(cut(lines)).containsExactly("Den 11 juli 2011 kl. 21:40 skrev Roger Lind <roger@example.com>:",
                "> Hej Lena!", ">", "> Tack för ditt brev.");
    }

    @Test
    void marksOnlyTheQuotesOfAnInterleavedReply() {
        String mail = "On Tue, 5 Mar 2024 at 09:12, Anna <anna@example.com> wrote:\n> Do you come on Friday?\n\n"
                + "Yes, at six.\n\n> And your sister?\n\nShe comes too.";

        List<CutLines.Line> lines = aligned(mail);

        assertThat(lines).filteredOn(l -> !l.isCut()).extracting(CutLines.Line::text)
                .contains("Yes, at six.", "She comes too.").doesNotContain("> And your sister?");
        assertThat(cut(lines)).contains("> Do you come on Friday?", "> And your sister?");
    }

    @Test
    void keptLineThatWasScrubbedStillAligns() {
        String original = "Jag svarade till blog+k3xm9@example.com som du bad.\n\n> gammalt";
        UnaryOperator<String> scrub = line -> line.replace("blog+k3xm9@example.com", "[svarsadress]");

        List<CutLines.Line> lines = CutLines.align(original, "Jag svarade till [svarsadress] som du bad.",
                "> gammalt", scrub).orElseThrow();

        assertThat(cut(lines)).containsExactly("> gammalt");
    }

    @Test
    void theSameLineKeptAndCutIsPlacedByItsOrder() {
        List<CutLines.Line> lines = CutLines.align("Hej\nTack!\nFrån: Roger\nTack!", "Hej\nTack!",
                "Från: Roger\nTack!", UNSCRUBBED).orElseThrow();

        assertThat(lines).extracting(CutLines.Line::isCut).containsExactly(false, false, true, true);
    }

    @Test
    void aBlankLineIsCutOnlyBetweenCutLines() {
        List<CutLines.Line> lines = CutLines.align("Ett\n\nTvå\n\n> tre\n\n> fyra", "Ett\n\nTvå", "> tre\n\n> fyra",
                UNSCRUBBED).orElseThrow();

        assertThat(lines).extracting(CutLines.Line::isCut)
                .containsExactly(false, false, false, false, true, true, true);
    }

    @Test
    void nothingIsCutWhenTheTrimmerKeptEverything() {
        List<CutLines.Line> lines = CutLines.align("Hej!\n\nMvh Åsa", "Hej!\n\nMvh Åsa", "", UNSCRUBBED)
                .orElseThrow();

        assertThat(lines).noneMatch(CutLines.Line::isCut);
    }

    @Test
    void anEditedBodyDoesNotAlign() {
        assertThat(CutLines.align("Hej!\nMvh Åsa\n> gammalt", "Hej allihop!\nMvh Åsa", "> gammalt", UNSCRUBBED))
                .isEmpty();
    }

    @Test
    void linesInAnotherOrderDoNotAlign() {
        assertThat(CutLines.align("> gammalt\nHej!", "Hej!", "> nytt", UNSCRUBBED)).isEmpty();
    }

    @Test
    void aTooLargeTableIsNotBuilt() {
        String original = "rad\n".repeat(3000);

        assertThat(CutLines.align(original, "rad\n".repeat(2000), "rad\n".repeat(1000), UNSCRUBBED)).isEmpty();
    }
}
