package org.mail2blog.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mail2blog.testing.Fixtures;

class MimeParserTest {
    private static final String FIXTURES = "/mail/mime";

    private final MimeParser parser = new MimeParser();

    /** Every {@code <case>.eml} under mail/ingest that has a {@code <case>.expected.txt} body. */
    static Stream<String> casesWithExpectedBody() {
        return Fixtures.names(FIXTURES, ".expected.txt");
    }

    private static byte[] bytes(String name) throws IOException {
        return Fixtures.bytes(FIXTURES, name);
    }

    private ParsedMessage parse(String name) throws IOException, MessageRejected {
        return parser.parse(bytes(name + ".eml"));
    }

    private MessageRejected rejection(String name) throws IOException {
        byte[] raw = bytes(name + ".eml");
        return catchThrowableOfType(MessageRejected.class, () -> parser.parse(raw));
    }

    private static List<String> codes(ParsedMessage message) {
        return message.warnings().stream().map(ParseWarning::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesWithExpectedBody")
    void bodyMatchesExpectedText(String name) throws Exception {
        String expected = new String(bytes(name + ".expected.txt"), StandardCharsets.UTF_8).replaceFirst("\\n$", "");

        assertThat(parse(name).text()).isEqualTo(expected);
    }

    @Nested
    class Headers {
        @Test
        void readsIdsWithoutAngleBrackets() throws Exception {
            ParsedMessage message = parse("swedish-plain-reply");

            assertThat(message.messageId()).contains("CAE1x2y3z4@mail.example.com");
            assertThat(message.inReplyTo()).contains("20240305091200.42@example.com");
            assertThat(message.references())
                    .containsExactly("20240301080000.1@example.com", "20240305091200.42@example.com");
        }

        @Test
        void lowerCasesSenderAndKeepsEmptyNameWhenNone() throws Exception {
            ParsedMessage message = parse("missing-date");

            assertThat(message.fromAddress()).isEqualTo("roger.lind@example.com");
            assertThat(message.fromName()).isEqualTo("Roger Lind");
            assertThat(parse("undeclared-charset-utf8").messageId()).contains("undeclared-1@example.com");
        }

        @Test
        void listsRecipientsLowerCasedOnceInFieldOrder() throws Exception {
            assertThat(parse("swedish-plain-reply").recipients()).containsExactly(
                    "blog+thread-17@example.com", "asa.oberg@example.com", "roger.lind@example.com", "blog@example.com");
            assertThat(parse("mixed-with-attachment-and-forwarded-message").recipients()).containsExactly(
                    "blog@example.com", "anna.berg@example.com", "archive@example.com");
        }

        @Test
        void decodesDisplayNameAndSubjectSplitInsideACharacter() throws Exception {
            ParsedMessage message = parse("encoded-name-and-split-subject");

            assertThat(message.fromName()).isEqualTo("Åsa Öberg");
            assertThat(message.fromAddress()).isEqualTo("asa.oberg@example.com");
            assertThat(message.subject()).isEqualTo("Svar: Höstmöte på ängen");
        }

        @Test
        void decodesEncodedWordInsidePlainSubject() throws Exception {
            assertThat(parse("swedish-plain-reply").subject()).isEqualTo("Re: Höstmötet");
        }

        @Test
        void keepsEveryAuthenticationResultsHeaderUnfoldedTopToBottom() throws Exception {
            String raw = "Authentication-Results: mx.example.org;\r\n\tdkim=pass header.d=example.com;\r\n"
                    + "\tspf=pass smtp.mailfrom=ingrid@example.com\r\n"
                    + "From: Ingrid Holm <ingrid@example.com>\r\n"
                    + "Authentication-Results: mx.other.example; none\r\n"
                    + "Subject: Sv: Cykelförrådet\r\n\r\nHej!\r\n";
            ParsedMessage message = parser.parse(raw.getBytes(StandardCharsets.UTF_8));

            assertThat(message.authenticationResults()).containsExactly(
                    "mx.example.org;\tdkim=pass header.d=example.com;\tspf=pass smtp.mailfrom=ingrid@example.com",
                    "mx.other.example; none");
            assertThat(parse("swedish-plain-reply").authenticationResults()).isEmpty();
        }

        @Test
        void unquotesDisplayNameWithComma() throws Exception {
            assertThat(parse("outlook-windows-1252-quoted-printable").fromName()).isEqualTo("Lind, Roger");
        }
    }

    @Nested
    class Dates {
        @Test
        void keepsTheSendersOffset() throws Exception {
            assertThat(parse("base64-body").date())
                    .contains(OffsetDateTime.of(2024, 3, 8, 12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
        }

        @Test
        void readsObsoleteZoneNameAndIgnoresComment() throws Exception {
            assertThat(parse("mixed-with-attachment-and-forwarded-message").date())
                    .contains(OffsetDateTime.of(2024, 3, 10, 20, 0, 0, 0, ZoneOffset.ofHours(-5)));
        }

        @Test
        void warnsWhenDateIsMissing() throws Exception {
            ParsedMessage message = parse("missing-date");

            assertThat(message.date()).isEmpty();
            assertThat(codes(message)).containsExactly("date-missing");
        }

        @Test
        void warnsWhenDateIsUnreadable() throws Exception {
            ParsedMessage message = parse("unreadable-date");

            assertThat(message.date()).isEmpty();
            assertThat(message.warnings()).singleElement()
                    .satisfies(warning -> assertThat(warning.detail()).contains("nästa tisdag vid lunch"));
        }
    }

    @Nested
    class Charsets {
        @Test
        void readsDeclaredCharsetWithoutWarning() throws Exception {
            assertThat(parse("outlook-windows-1252-quoted-printable").warnings()).isEmpty();
            assertThat(parse("base64-body").warnings()).isEmpty();
        }

        @Test
        void readsLatin1LabelAsWindows1252() throws Exception {
            ParsedMessage message = parse("iso-8859-1-quoted-printable");

            assertThat(message.text()).contains("\u2019den här\u2019");
            assertThat(message.warnings()).isEmpty();
        }

        @Test
        void fallsBackToUtf8WithWarningWhenCharsetIsUndeclared() throws Exception {
            ParsedMessage message = parse("undeclared-charset-utf8");

            assertThat(message.text()).isEqualTo("Hälsningar från Växjö!");
            assertThat(codes(message)).containsExactly("charset-fallback");
        }
    }

    @Nested
    class Bodies {
        @Test
        void prefersPlainTextOfGmailAlternative() throws Exception {
            assertThat(parse("gmail-multipart-alternative").text()).doesNotContain("<div").startsWith("Hi all,");
        }

        @Test
        void turnsHtmlBlockquoteIntoQuotedLines() throws Exception {
            assertThat(parse("html-only").text()).contains("\n> Vad ska vi packa?\n> > Äldre fråga");
        }

        @Test
        void ignoresAttachmentsAndForwardedMessages() throws Exception {
            assertThat(parse("mixed-with-attachment-and-forwarded-message").text())
                    .doesNotContain("Bilagans").doesNotContain("vidarebefordrade");
        }

        @Test
        void keepsSignatureDelimiterSpaceForTheTrimmer() throws Exception {
            assertThat(parse("format-flowed-delsp").text()).contains("\n-- \nRoger Lind");
        }

        @Test
        void usesHtmlWhenPlainIsOnlyAPlaceholder() throws Exception {
            ParsedMessage message = parse("plain-placeholder-swedish");

            assertThat(message.text()).startsWith("Hej alla!");
            assertThat(codes(message)).containsExactly("plain-placeholder");
        }

        @Test
        void readsHtmlCharsetFromMetaWithoutWarning() throws Exception {
            ParsedMessage message = parse("html-meta-charset");

            assertThat(message.text()).isEqualTo("Hälsningar från \u201cVäxjö\u201d");
            assertThat(message.warnings()).isEmpty();
        }

        @Test
        void readsANamedTextPartOnlyWhenThereIsNoOtherText() throws Exception {
            assertThat(parse("named-text-part-only").text()).isEqualTo("Brevet ligger i en namngiven textdel.");
        }

        @Test
        void readsTheSignedTextOfAnInlinePgpSignature() throws Exception {
            assertThat(parse("pgp-clearsigned").text()).doesNotContain("PGP").contains("\n-----\n");
        }

        @Test
        void hasNoCarriageReturnsOrTrailingSpaces() throws Exception {
            String text = parse("outlook-windows-1252-quoted-printable").text();

            assertThat(text).doesNotContain("\r").doesNotContainPattern("[ \\t]\\n");
        }
    }

    @Nested
    class Rejections {
        @Test
        void rejectsMessageWithoutFromHeader() throws Exception {
            MessageRejected rejected = rejection("missing-from");

            assertThat(rejected.reason()).isEqualTo(Reason.NO_SENDER);
            assertThat(rejected).hasMessageContaining("From header missing").hasMessageContaining("must set a From address");
        }

        @Test
        void rejectsFromWithoutAddress() throws Exception {
            MessageRejected rejected = rejection("from-without-address");

            assertThat(rejected.reason()).isEqualTo(Reason.NO_SENDER);
            assertThat(rejected).hasMessageContaining("'Roger Lind'").hasMessageContaining("name@domain");
        }

        @Test
        void rejectsGarbageBytesAsUnparseable() throws Exception {
            MessageRejected rejected = rejection("garbage-bytes");

            assertThat(rejected.reason()).isEqualTo(Reason.UNPARSEABLE_MIME);
            assertThat(rejected).hasMessageContaining("header field");
        }

        @Test
        void rejectsEmptyInputAsUnparseable() {
            MessageRejected rejected = catchThrowableOfType(MessageRejected.class, () -> parser.parse(new byte[0]));

            assertThat(rejected.reason()).isEqualTo(Reason.UNPARSEABLE_MIME);
        }

        @Test
        void rejectsMailWithoutTextPart() throws Exception {
            MessageRejected rejected = rejection("only-image-attachment");

            assertThat(rejected.reason()).isEqualTo(Reason.NO_BODY);
            assertThat(rejected).hasMessageContaining("text/plain");
        }
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        byte[] raw = bytes("swedish-plain-reply.eml");
        String expected = parser.parse(raw).text();

        List<String> texts = Stream.generate(() -> raw).limit(32).parallel().map(this::parseQuietly).toList();

        assertThat(texts).containsOnly(expected);
    }

    private String parseQuietly(byte[] raw) {
        try {
            return parser.parse(raw).text();
        } catch (MessageRejected unexpected) {
            throw new AssertionError("fixture was rejected: " + unexpected.getMessage(), unexpected);
        }
    }
}
