package org.mail2blog.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mail2blog.mime.MessageRejected;
import org.mail2blog.mime.MimeParser;
import org.mail2blog.mime.Reason;
import org.mail2blog.testing.Fixtures;

/**
 * Every {@code mail/exchange/<case>.eml} must give exactly the letters in its
 * {@code <case>.expected.json}: a JSON array, oldest letter first, of objects with authorName,
 * authorAddress, date (ISO-8601 with offset, or null) and body. Dates without a zone are read in
 * Europe/Stockholm. Adding a case means adding two files.
 */
class ExchangeExtractorTest {
    private static final String FIXTURES = "/mail/exchange";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExchangeExtractor extractor = new ExchangeExtractor(ZoneId.of("Europe/Stockholm"));

    static Stream<String> cases() {
        return Fixtures.names(FIXTURES, ".eml");
    }

    private static byte[] bytes(String name) throws IOException {
        return Fixtures.bytes(FIXTURES, name);
    }

    private static List<Letter> expected(String name) throws IOException {
        List<Letter> letters = new ArrayList<>();
        for (JsonNode letter : JSON.readTree(bytes(name + ".expected.json"))) {
            Optional<OffsetDateTime> date = letter.get("date").isNull() ? Optional.empty()
                    : Optional.of(OffsetDateTime.parse(letter.get("date").asText()));
            letters.add(new Letter(letter.get("authorName").asText(), letter.get("authorAddress").asText(),
                    date, letter.get("body").asText()));
        }
        return letters;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsEveryLetterWithItsAuthorOldestFirst(String name) throws Exception {
        assertThat(extractor.extract(bytes(name + ".eml"))).as(name).containsExactlyElementsOf(expected(name));
    }

    @Test
    void everyCaseHasItsExpectedLetters() throws Exception {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(12).allSatisfy(name -> assertThat(
                ExchangeExtractorTest.class.getResource(FIXTURES + "/" + name + ".expected.json")).as(name).isNotNull());
    }

    @Nested
    class FromAParsedMessage {
        @Test
        void readsTheSameLettersAsFromTheRawMail() throws Exception {
            byte[] raw = bytes("gmail-forward-sv.eml");
            assertThat(extractor.extract(new MimeParser().parse(raw))).isEqualTo(extractor.extract(raw));
        }

        @Test
        void leavesAttachedMessagesToTheRawMethod() throws Exception {
            byte[] raw = bytes("forwarded-as-attachment.eml");
            String withNote = new String(raw, StandardCharsets.UTF_8)
                    .replaceFirst("7bit\n\n\n", "7bit\n\nSe bifogade brev.\n\n");
            assertThat(extractor.extract(new MimeParser().parse(withNote.getBytes(StandardCharsets.UTF_8))))
                    .extracting(Letter::body).containsExactly("Se bifogade brev.");
        }
    }

    @Nested
    class WhenTheMailIsNotAForward {
        @Test
        void givesTheMailItselfAsTheOnlyLetter() throws Exception {
            byte[] raw = """
                    From: Anna Berg <anna.berg@example.com>
                    Date: Mon, 11 Jul 2011 09:14:00 +0200
                    Content-Type: text/plain; charset=utf-8

                    Hej!

                    On Monday I wrote:
                    > a sentence I quote on purpose

                    Mvh Anna
                    """.getBytes(StandardCharsets.UTF_8);
            assertThat(extractor.extract(raw)).singleElement().satisfies(letter -> {
                assertThat(letter.authorName()).isEqualTo("Anna Berg");
                assertThat(letter.date()).contains(OffsetDateTime.parse("2011-07-11T09:14+02:00"));
            });
        }

        @Test
        void rejectsAnAttachedMessageWithoutSenderNamingIt() throws Exception {
            String raw = new String(bytes("forwarded-as-attachment.eml"), StandardCharsets.UTF_8)
                    .replace("From: Olof Sandell <olof.sandell@example.com>\n", "");
            MessageRejected rejected = catchThrowableOfType(MessageRejected.class,
                    () -> extractor.extract(raw.getBytes(StandardCharsets.UTF_8)));
            assertThat(rejected.reason()).isEqualTo(Reason.NO_SENDER);
            assertThat(rejected).hasMessageStartingWith("attached message 1 of 2: From header missing");
        }
    }
}
