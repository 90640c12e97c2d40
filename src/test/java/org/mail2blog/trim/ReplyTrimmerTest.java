package org.mail2blog.trim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyTrimmerTest {
    private static final String FIXTURES = "/mail/trim";

    private final ReplyTrimmer trimmer = new ReplyTrimmer();

    /** Every {@code <case>.txt} under mail/trim with its {@code <case>.expected.txt}. */
    static Stream<String> fixtureCases() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(ReplyTrimmerTest.class.getResource(FIXTURES)).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".txt") && !name.endsWith(".expected.txt"))
                    .map(name -> name.substring(0, name.length() - ".txt".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static String fixture(String name) throws IOException {
        try (var in = ReplyTrimmerTest.class.getResourceAsStream(FIXTURES + "/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> nonBlankLines(String text) {
        return text.lines().filter(line -> !line.isBlank()).sorted().toList();
    }

    @Nested
    class Fixtures {
        @Test
        void atLeastTenCasesAreDiscovered() throws Exception {
            assertThat(fixtureCases()).hasSizeGreaterThanOrEqualTo(10);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.mail2blog.trim.ReplyTrimmerTest#fixtureCases")
        void keepsExactlyTheExpectedText(String name) throws IOException {
            String expected = fixture(name + ".expected.txt").stripTrailing();

            assertThat(trimmer.trim(fixture(name + ".txt")).kept()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.mail2blog.trim.ReplyTrimmerTest#fixtureCases")
        void losesNoNonBlankLine(String name) throws IOException {
            String text = fixture(name + ".txt");

            Trimmed trimmed = trimmer.trim(text);

            assertThat(nonBlankLines(trimmed.kept() + "\n" + trimmed.removed())).isEqualTo(nonBlankLines(text));
        }
    }

    @Nested
    class WhenTopPosting {
        @Test
        void removesAttributionAndQuoteTogether() {
            Trimmed trimmed = trimmer.trim("Ja!\n\nOn Tue, 5 Mar 2024 at 09:12, Anna <anna@example.com> wrote:\n> Kommer du?\n");

            assertThat(trimmed.kept()).isEqualTo("Ja!");
            assertThat(trimmed.removed()).isEqualTo("On Tue, 5 Mar 2024 at 09:12, Anna <anna@example.com> wrote:\n> Kommer du?");
        }

        @Test
        void trimsBlankLinesAtBothEndsOfBothParts() {
            Trimmed trimmed = trimmer.trim("\n\nHej\n\n\n> citat\n\n");

            assertThat(trimmed).isEqualTo(new Trimmed("Hej", "> citat"));
        }

        @Test
        void acceptsWindowsLineEnds() {
            assertThat(trimmer.trim("Hej\r\n> citat\r\n").kept()).isEqualTo("Hej");
        }
    }

    @Nested
    class WhenSigning {
        @Test
        void cutsAtBareDoubleDashWhoseSpaceWasStripped() {
            Trimmed trimmed = trimmer.trim("Hej\n\nMvh Roger\n--\nRoger Lind\n");

            assertThat(trimmed).isEqualTo(new Trimmed("Hej\n\nMvh Roger", "--\nRoger Lind"));
        }

        @Test
        void keepsLongerDashRulesAndDashesInSentences() {
            String text = "Hej\n---\nA -- B\n----------\nMvh Roger";

            assertThat(trimmer.trim(text)).isEqualTo(Trimmed.untouched(text));
        }
    }

    @Nested
    class OtherLanguages {
        @ParameterizedTest
        @ValueSource(strings = {
            "Den 5. mar. 2024 kl. 09.12 skrev Ole Hansen <ole@example.com>:",
            "man. 4. mar. 2024 kl. 09:12 skrev Kari Nordmann <kari@example.com>:",
            "Am 05.03.2024 um 09:12 schrieb Anna Berg <anna@example.com>:",
            "Le mar. 5 mars 2024 à 09:12, Anne Martin <anne@example.com> a écrit :",
            "Op di 5 mrt 2024 om 09:12 schreef Anke de Vries <anke@example.com>:",
            "El mar, 5 mar 2024 a las 9:12, Ana García (<ana@example.com>) escribió:"})
        void cutsAttributionAndQuote(String attribution) {
            Trimmed trimmed = trimmer.trim("Tack!\n\n" + attribution + "\n> Hej\n");

            assertThat(trimmed.kept()).isEqualTo("Tack!");
            assertThat(trimmed.removed()).startsWith(attribution);
        }
    }

    @Nested
    class WhenNothingIsQuoted {
        @Test
        void keepsEverything() {
            String text = "Hej!\n\nVi ses på fredag.\n\nMvh Roger";

            assertThat(trimmer.trim(text)).isEqualTo(Trimmed.untouched(text));
        }

        @Test
        void keepsAnEmptyText() {
            assertThat(trimmer.trim("")).isEqualTo(Trimmed.untouched(""));
        }

        @Test
        void keepsVeryLongLinesAsText() {
            String text = "On " + "x".repeat(5000) + " 09:12 wrote:";

            assertThat(trimmer.trim(text)).isEqualTo(Trimmed.untouched(text));
        }

        @Test
        void keepsRightToLeftAndEmojiUntouched() {
            String text = "שלום 👋\nمرحبا";

            assertThat(trimmer.trim(text).kept()).isEqualTo(text);
        }
    }

    @Test
    void isSafeToShareBetweenThreads() {
        String text = "Ja\n> nej";

        List<Trimmed> results = Arrays.stream(new int[64]).parallel().mapToObj(i -> trimmer.trim(text)).toList();

        assertThat(results).allMatch(result -> result.equals(new Trimmed("Ja", "> nej")));
    }
}
