package org.mail2blog.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class MboxTest {
    private static final OffsetDateTime WRITTEN = OffsetDateTime.parse("2011-07-16T12:05:09+02:00");

    private static String mbox(String... messages) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Mbox mbox = new Mbox(bytes);
        for (String message : messages) {
            mbox.append("noreply@mail2blog.invalid", WRITTEN, message.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void startsEachMessageWithAFromLineInUtcAsctime() {
        assertThat(Mbox.separator("noreply@mail2blog.invalid", WRITTEN))
                .isEqualTo("From noreply@mail2blog.invalid Sat Jul 16 10:05:09 2011\n");
        assertThat(Mbox.separator("a@b.invalid", OffsetDateTime.parse("2026-11-28T23:00:00-01:00")))
                .isEqualTo("From a@b.invalid Sun Nov 29 00:00:00 2026\n");
    }

    @Test
    void addsOneGreaterThanToEveryFromLineQuotedOrNot() {
        assertThat(Mbox.quote("From Åsa, med vänlig hälsning")).isEqualTo(">From Åsa, med vänlig hälsning");
        assertThat(Mbox.quote(">From a quoted line")).isEqualTo(">>From a quoted line");
        assertThat(Mbox.quote(">>>From deep")).isEqualTo(">>>>From deep");
    }

    @Test
    void leavesOtherLinesAlone() {
        assertThat(Mbox.quote("From: Åsa Öberg")).isEqualTo("From: Åsa Öberg");
        assertThat(Mbox.quote(" From here on")).isEqualTo(" From here on");
        assertThat(Mbox.quote("> From with a space")).isEqualTo("> From with a space");
        assertThat(Mbox.quote("Fromage")).isEqualTo("Fromage");
    }

    @Test
    void writesLfLineEndsAndABlankLineAfterEachMessage() throws Exception {
        String written = mbox("Subject: Hej\r\n\r\nFrom the garden, åäö\r\n", "Subject: Två\r\n\r\nrad");
        assertThat(written).isEqualTo("""
                From noreply@mail2blog.invalid Sat Jul 16 10:05:09 2011
                Subject: Hej

                >From the garden, åäö

                From noreply@mail2blog.invalid Sat Jul 16 10:05:09 2011
                Subject: Två

                rad

                """);
    }
}
