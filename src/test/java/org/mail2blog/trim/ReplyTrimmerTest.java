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
import java.util.Optional;
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
            "El mar, 5 mar 2024 a las 9:12, Ana García (<ana@example.com>) escribió:",
            "Il giorno mar 5 mar 2024 alle ore 09:12 Anna Bianchi <anna@example.com> ha scritto:",
            "W dniu 5.03.2024 o 09:12, Anna Nowak pisze:",
            "Dnia 5 mar 2024 o godz. 09:12 Anna Nowak <anna@example.com> napisał(a):",
            "Em ter., 5 de mar. de 2024 às 09:12, Ana Souza <ana@example.com> escreveu:",
            "ti 5. maalisk. 2024 klo 9.12 Anna Virtanen (anna@example.com) kirjoitti:",
            "5 марта 2024 г., 09:12 пользователь Анна <anna@example.com> написал:",
            "вт, 5 мар. 2024 г. в 09:12, Анна <anna@example.com>:",
            "5 бер. 2024 р. 09:12 \"Анна\" <anna@example.com> пише:",
            "Anna <anna@example.com> 于2024年3月5日周二 09:12写道：",
            "2024/3/5 Anna Berg <anna@example.com>",
            "Anna Berg <anna@example.com> schrieb am Di., 5. März 2024 um 09:12:"})
        void cutsAttributionAndQuote(String attribution) {
            Trimmed trimmed = trimmer.trim("Tack!\n\n" + attribution + "\n> Hej\n");

            assertThat(trimmed.kept()).isEqualTo("Tack!");
            assertThat(trimmed.removed()).startsWith(attribution);
        }
    }

    @Nested
    class Separators {
        @ParameterizedTest
        @ValueSource(strings = {
            "-----Original Message-----",
            "-----Ursprungligt meddelande-----",
            "-----Ursprüngliche Nachricht-----",
            "-----Message d'origine-----",
            "-----Oorspronkelijk bericht-----",
            "-----Mensaje original-----",
            "-----Messaggio originale-----",
            "-----Oprindelig meddelelse-----",
            "-----Opprinnelig melding-----",
            "-----Alkuperäinen viesti-----",
            "-----Oryginalna wiadomość-----",
            "*-------- Original Message --------*",
            "---------- Forwarded message ---------",
            "---------- Weitergeleitete Nachricht ---------",
            "-------- Vidarebefordrat meddelande --------",
            "Begin forwarded message:",
            "Anfang der weitergeleiteten Nachricht:",
            "Début du message réexpédié :",
            "---- On Tue, 5 Mar 2024 09:12:00 +0100 Anna Berg <anna@example.com> wrote ----"})
        void cutEverythingFromTheSeparator(String separator) {
            Trimmed trimmed = trimmer.trim("Tack!\n\nRoger\n\n" + separator + "\nFrån: Anna\n\nHej\n");

            assertThat(trimmed.kept()).isEqualTo("Tack!\n\nRoger");
            assertThat(trimmed.removed()).startsWith(separator);
        }

        @Test
        void keepTheForwardedMailWhenItIsAllThereIs() {
            Trimmed trimmed = trimmer.trim("Begin forwarded message:\n\nFrom: Anna <anna@example.com>\n"
                    + "Subject: Fika\nDate: 5 March 2024 at 09:12\nTo: Roger <roger@example.com>\n\nFika på fredag?\n");

            assertThat(trimmed.kept()).isEqualTo("Fika på fredag?");
        }
    }

    @Nested
    class Footers {
        @ParameterizedTest
        @ValueSource(strings = {
            "Sent from my iPhone", "Skickat från min iPhone", "Sendt fra min iPad", "Envoyé de mon iPhone",
            "Enviado desde mi iPhone", "Inviato da iPhone", "Verzonden vanaf mijn iPhone", "Wysłane z iPhone'a",
            "Sent from my Galaxy", "Skickat från min Samsung Galaxy-smartphone.", "Sent from Mail for Windows",
            "Skickat från E-post för Windows", "Skickat från Outlook för Android", "Skickat från Yahoo Mail",
            "Sent from Yahoo Mail on Android", "Get Outlook for Android", "Get Outlook for iOShttps://aka.example.org/x",
            "Hämta Outlook för iOS", "Von meinem iPhone gesendet",
            "Diese Nachricht wurde von meinem Android-Mobiltelefon mit K-9 Mail gesendet.",
            "(Sent from mobile device)", "從我的 iPhone 傳送", "iPhoneから送信"})
        void cutTheFooterAndWhatFollows(String footer) {
            Trimmed trimmed = trimmer.trim("Ja!\n\n" + footer + "\n\n> Kommer du?\n");

            assertThat(trimmed).isEqualTo(new Trimmed("Ja!", footer + "\n\n> Kommer du?"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Sent from the office at last, the parcel is on its way.", "Skickat från kontoret i går."})
        void keepProseThatMerelyStartsLikeOne(String line) {
            String text = "Hej!\n\n" + line + "\n\nMvh Roger";

            assertThat(trimmer.trim(text)).isEqualTo(Trimmed.untouched(text));
        }
    }

    @Nested
    class Attributions {
        @Test
        void keepsTextBelowAnAttributionThatStartsTheMail() {
            Trimmed trimmed = trimmer.trim("On 5 Mar 2024 09:12, \"Anna\" <anna@example.com> wrote:\n\nOur notes:\n\n    x = 1\n");

            assertThat(trimmed.kept()).isEqualTo("Our notes:\n\n    x = 1");
        }

        @Test
        void cutsAnAttributionFollowedByUnquotedHistory() {
            Trimmed trimmed = trimmer.trim("Ja.\n\nOn Tue, 5 Mar 2024 at 09:12, Anna <anna@example.com> wrote:\n\nKommer du?\n");

            assertThat(trimmed).isEqualTo(new Trimmed("Ja.", "On Tue, 5 Mar 2024 at 09:12, Anna <anna@example.com> wrote:\n\nKommer du?"));
        }

        @Test
        void cutsAnAttributionSpreadOverFiveLines() {
            Trimmed trimmed = trimmer.trim("Ja.\n\nOn Tue, 5 Mar 2024 at 09:12 Anna Berg\n\n<\nmailto:Anna Berg <anna@example.com>\n"
                    + "> wrote:\n\n\nKommer du?\n");

            assertThat(trimmed.kept()).isEqualTo("Ja.");
            assertThat(trimmed.removed()).startsWith("On Tue, 5 Mar 2024 at 09:12 Anna Berg").endsWith("Kommer du?");
        }

        @Test
        void keepsAnAttributionShapedSentenceWithoutQuoteOrAddress() {
            String text = "Hej!\n\nDen 5 mars kl 10:00 skrev jag till kommunen:\nvi vill ha fler bussar.\n\nMvh Roger";

            assertThat(trimmer.trim(text)).isEqualTo(Trimmed.untouched(text));
        }

        @Test
        void keepsWrappedProseThatEndsLikeAnAttribution() {
            String text = "On 5 May at 10:00 we met at the cafe.\n\nAnna said:\nit was fine.";

            assertThat(trimmer.trim(text)).isEqualTo(Trimmed.untouched(text));
        }

        @Test
        void keepsAnswersBetweenQuotesAfterAGreeting() {
            Trimmed trimmed = trimmer.trim("Hi Anna,\n\nOn Tue, 5 Mar 2024 at 09:12, Anna <anna@example.com> wrote:\n"
                    + "> Can you come?\n\nYes, at ten.\n\nRoger\n");

            assertThat(trimmed.kept()).isEqualTo("Hi Anna,\n\nYes, at ten.\n\nRoger");
        }
    }

    @Nested
    class WhenADisclaimerFollows {
        private static final String NOTICE = "This message is confidential and intended only for the named recipient."
                + " If you received it in error, please delete it and tell the sender.";

        @Test
        void removesItAtTheEnd() {
            Trimmed trimmed = trimmer.trim("Hej!\n\nMvh Roger\n\n" + NOTICE + "\n");

            assertThat(trimmed).isEqualTo(new Trimmed("Hej!\n\nMvh Roger", NOTICE));
        }

        @Test
        void keepsItInTheMiddleOfTheLetter() {
            String text = "Hej!\n\n" + NOTICE + "\n\nMvh Roger";

            assertThat(trimmer.trim(text)).isEqualTo(Trimmed.untouched(text));
        }

        @Test
        void keepsAShortRemarkAboutSecrecy() {
            String text = "Hej!\n\nPlease keep this confidential, recipient list only.";

            assertThat(trimmer.trim(text)).isEqualTo(Trimmed.untouched(text));
        }

        @Test
        void keepsALetterThatIsNothingButTheNotice() {
            assertThat(trimmer.trim(NOTICE)).isEqualTo(Trimmed.untouched(NOTICE));
        }
    }

    /**
     * Bodies of about a megabyte built to make a careless pattern backtrack or a careless loop go
     * quadratic. Only the results are asserted; the time is measured by the separate benchmark.
     */
    @Nested
    class WhenInputIsHostile {
        private static final int MEGABYTE = 1 << 20;

        @Test
        void keepsOneHugeLineWithoutLineEnds() {
            String text = "On 5 Mar 2024 at 09:12, Anna <anna@example.com> wrote: ".repeat(MEGABYTE / 56).strip();

            assertUntouched(text);
        }

        @Test
        void keepsAMegabyteLineOfOpeners() {
            assertUntouched("On ".repeat(MEGABYTE / 3) + "wrote:");
        }

        @Test
        void removesAHundredThousandQuotedLines() {
            String quotes = ">>>>>>>> On 5 Mar 2024 at 09:12, Anna <a@example.com> wrote:\n".repeat(100_000);

            Trimmed trimmed = trimmer.trim("Ja\n" + quotes);

            assertThat(trimmed.kept()).isEqualTo("Ja");
            assertThat(trimmed.removed().lines().count()).isEqualTo(100_000);
        }

        @Test
        void removesQuotesNestedThousandsDeep() {
            String quotes = (">".repeat(3000) + " Hej\n").repeat(350);

            assertThat(trimmer.trim("Ja\n\n" + quotes).kept()).isEqualTo("Ja");
        }

        @Test
        void keepsManyLinesThatLookLikeTheStartOfAHeaderBlock() {
            assertUntouched("From: x\n".repeat(MEGABYTE / 8).strip());
        }

        @Test
        void keepsManyAttributionsThatNeverEnd() {
            assertUntouched("On 5 Mar 2024 at 09:12, Anna Berg <\n".repeat(MEGABYTE / 36).strip());
        }

        @Test
        void answersManyInterleavedQuotesInOnePass() {
            String answered = "On 5 Mar 2024 at 09:12, Anna <a@example.com> wrote:\n> q\nsvar\n> q\n";
            int times = MEGABYTE / answered.length();

            Trimmed trimmed = trimmer.trim("Hej,\n" + answered.repeat(times));

            assertThat(trimmed.kept().lines().filter(line -> line.equals("svar")).count()).isEqualTo(times);
            assertThat(trimmed.removed().lines().filter(line -> line.equals("> q")).count()).isEqualTo(2L * times);
        }

        @Test
        void keepsALongParagraphAtTheEndWithoutRescanningIt() {
            String text = "Hej\n\n" + "confidential recipient text\n".repeat(MEGABYTE / 28);

            assertThat(trimmer.trim(text).kept()).isEqualTo("Hej");
        }

        /** Compares lengths first, so that a failure does not print a megabyte. */
        private void assertUntouched(String text) {
            Trimmed trimmed = trimmer.trim(text);

            assertThat(trimmed.removed()).isEmpty();
            assertThat(trimmed.kept().length()).isEqualTo(text.length());
            assertThat(trimmed.kept().equals(text)).isTrue();
        }
    }

    @Nested
    class WhenTheTrimmerFails {
        @Test
        void keepsTheWholeBodyWithAWarning() {
            ReplyTrimmer failing = new ReplyTrimmer(lines -> {
                throw new IllegalStateException("marker out of step");
            });

            Trimmed trimmed = failing.trim("Hej\r\n> citat\r\n");

            assertThat(trimmed.kept()).isEqualTo("Hej\n> citat\n");
            assertThat(trimmed.removed()).isEmpty();
            assertThat(trimmed.warning()).hasValue("trimmer failed: java.lang.IllegalStateException: marker out of step;"
                    + " the whole body was kept");
        }

        @Test
        void keepsTheWholeBodyWhenTheDecisionDoesNotFitTheLines() {
            Trimmed trimmed = new ReplyTrimmer(lines -> new boolean[1]).trim("a\nb");

            assertThat(trimmed).isEqualTo(new Trimmed("a\nb", "", Optional.of("trimmer failed: 1 decisions for 2 lines;"
                    + " the whole body was kept")));
        }

        @Test
        void warnsAboutNothingWhenItWorks() {
            assertThat(trimmer.trim("Hej\n> citat").warning()).isEmpty();
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
