package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path dir;

    private int run(String... args) throws Exception {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private List<JsonNode> lines() throws Exception {
        String text = out.toString(StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? List.of() : text.lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }

    @Test
    void parsePrintsOneJsonObjectPerFileAndGoesOnAfterABadOne() throws Exception {
        Path good = dir.resolve("good.eml");
        Files.writeString(good, """
                From: =?UTF-8?Q?=C3=85sa_=C3=96berg?= <Asa@Example.com>
                To: blog+abc@example.com
                Subject: Sv: Hej
                Date: Tue, 12 Jul 2011 08:30:00 +0200
                Message-ID: <cli-1@example.com>
                Content-Type: text/plain; charset=UTF-8

                Hej!

                Mvh Åsa

                Den 11 juli 2011 skrev Roger:
                > gammalt
                """, StandardCharsets.UTF_8);
        Path noFrom = dir.resolve("no-from.eml");
        Files.writeString(noFrom, "Subject: x\nContent-Type: text/plain\n\nHej\n");

        int code = run("parse", noFrom.toString(), dir.resolve("missing.eml").toString(), good.toString());

        assertThat(code).isEqualTo(1);
        assertThat(lines()).singleElement().satisfies(json -> {
            assertThat(json.get("file").asText()).isEqualTo(good.toString());
            assertThat(json.get("messageId").asText()).isEqualTo("cli-1@example.com");
            assertThat(json.get("fromName").asText()).isEqualTo("Åsa Öberg");
            assertThat(json.get("fromAddress").asText()).isEqualTo("asa@example.com");
            assertThat(json.get("date").asText()).isEqualTo("2011-07-12T08:30+02:00");
            assertThat(json.get("body").asText()).isEqualTo("Hej!\n\nMvh Åsa");
            assertThat(json.get("removed").asText()).contains("> gammalt");
            assertThat(json.get("references").isArray()).isTrue();
        });
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-from.eml: NO_SENDER")
                .contains("missing.eml: cannot read the file");
    }

    @Test
    void parseLettersPrintsOneJsonObjectPerLetterOldestFirstAndGoesOnAfterABadFile() throws Exception {
        Path forward = dir.resolve("forward.eml");
        Files.writeString(forward, """
                From: Per Wennerberg <per@example.com>
                To: blog@example.com
                Subject: Fwd: Sv: Hej
                Date: Wed, 13 Jul 2011 20:00:00 +0200
                Content-Type: text/plain; charset=UTF-8

                ---------- Vidarebefordrat meddelande ---------
                Från: Åsa Öberg <asa@example.com>
                Date: Wed, 13 Jul 2011 08:30:00 +0200
                Subject: Sv: Hej
                To: Per Wennerberg <per@example.com>

                Hej Per!

                Mvh Åsa

                Den 12 juli 2011 kl. 21:10 skrev Per Wennerberg <per@example.com>:
                > Hej Åsa, får jag publicera?
                > Per
                """, StandardCharsets.UTF_8);
        Path noFrom = dir.resolve("no-from.eml");
        Files.writeString(noFrom, "Subject: x\nContent-Type: text/plain\n\nHej\n");

        int code = run("parse", "--letters", noFrom.toString(), forward.toString());

        assertThat(code).isEqualTo(1);
        assertThat(lines()).hasSize(2).satisfiesExactly(first -> {
            assertThat(first.get("file").asText()).isEqualTo(forward.toString());
            assertThat(first.get("index").asInt()).isZero();
            assertThat(first.get("authorName").asText()).isEqualTo("Per Wennerberg");
            assertThat(first.get("authorAddress").asText()).isEqualTo("per@example.com");
            assertThat(first.get("body").asText()).isEqualTo("Hej Åsa, får jag publicera?\nPer");
        }, second -> {
            assertThat(second.get("index").asInt()).isEqualTo(1);
            assertThat(second.get("authorName").asText()).isEqualTo("Åsa Öberg");
            assertThat(second.get("date").asText()).isEqualTo("2011-07-13T08:30+02:00");
            assertThat(second.get("body").asText()).isEqualTo("Hej Per!\n\nMvh Åsa");
        });
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-from.eml: NO_SENDER")
                .doesNotContain("forward.eml");
    }

    @Test
    void parseLettersWithoutFilesIsAUsageError() throws Exception {
        assertThat(run("parse", "--letters")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("parse needs at least one FILE.eml");
    }

    @Test
    void trimWithFilesPrintsJsonLines() throws Exception {
        Path reply = dir.resolve("reply.txt");
        Files.writeString(reply, "Tack!\n\n-- \nRoger Lind\n070-000 00 00\n", StandardCharsets.UTF_8);
        assertThat(run("trim", reply.toString())).isZero();
        assertThat(lines()).singleElement().satisfies(json -> {
            assertThat(json.get("body").asText()).isEqualTo("Tack!");
            assertThat(json.get("removed").asText()).contains("Roger Lind");
        });
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        assertThat(run("publish-everything")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command").contains("Usage:");
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("run").contains("parse FILE.eml")
                .contains("parse --letters FILE.eml").contains("trim [FILE...]")
                .contains("export-site DIR").contains("export-mbox SLUG FILE");
    }
}
