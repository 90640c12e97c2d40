package org.mail2blog.trim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mail2blog.mime.MimeParser;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.testing.Fixtures;

/**
 * Whole mails as real clients send them, through the same parser and trimmer as the service and
 * {@code ./mail2blog parse}: every {@code mail/clients/<case>.eml} must come out exactly as its
 * {@code <case>.expected.txt} (an empty expected file: nothing publishable is left). Case names
 * start with the client family and language, e.g. {@code outlook-desktop-sv-top-post}. Adding a
 * case means adding two files.
 */
class ClientMailTest {
    private static final String FIXTURES = "/mail/clients";
    private final MimeParser parser = new MimeParser();
    private final ReplyTrimmer trimmer = new ReplyTrimmer();

    static Stream<String> cases() {
        return Fixtures.names(FIXTURES, ".eml");
    }

    private static byte[] bytes(String name) throws IOException {
        return Fixtures.bytes(FIXTURES, name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void comesOutAsTheWriterMeantIt(String name) throws Exception {
        String expected = new String(bytes(name + ".expected.txt"), StandardCharsets.UTF_8)
                .replace("\r\n", "\n").strip();
        ParsedMessage mail = parser.parse(bytes(name + ".eml"));
        Trimmed trimmed = trimmer.trim(mail.text());
        assertThat(trimmed.kept()).as(name).isEqualTo(expected);
        assertThat(trimmed.warning()).as(name).isEmpty();
    }

    @Test
    void everyCaseHasItsExpectedResult() throws Exception {
        assertThat(cases()).allSatisfy(name -> assertThat(ClientMailTest.class
                .getResource(FIXTURES + "/" + name + ".expected.txt")).as(name).isNotNull());
    }
}
