package org.mail2blog.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mail2blog.testing.Fixtures;

/** The parts of a mail as its client wrote them: body text and HTML untouched, everything else listed. */
class MailPartsTest {
    private final MimeParser parser = new MimeParser();

    private MailParts parts(String fixture) throws IOException, MessageRejected {
        return parser.parts(Fixtures.bytes("/mail/mime", fixture + ".eml"));
    }

    @Test
    void listsAttachmentsWithNameTypeAndDecodedSize() throws Exception {
        MailParts parts = parts("mixed-with-attachment-and-forwarded-message");

        assertThat(parts.attachments()).containsExactly(
                new MailParts.Attachment("protokoll.txt", "text/plain", 37),
                new MailParts.Attachment("", "message/rfc822", 151),
                new MailParts.Attachment("protokoll.pdf", "application/pdf", 19));
    }

    @Test
    void keepsTheTextAndTheHtmlPartBoth() throws Exception {
        MailParts parts = parts("mixed-with-attachment-and-forwarded-message");

        assertThat(parts.text()).contains("Här är protokollet, se bilagan.");
        assertThat(parts.html()).contains("<p>Här är protokollet, se bilagan.</p>");
    }

    @Test
    void htmlOnlyMailHasNoTextPartAndItsHtmlUnconverted() throws Exception {
        MailParts parts = parts("html-only");

        assertThat(parts.text()).isEmpty();
        assertThat(parts.html().orElseThrow()).contains("<style>p { color: red; }</style>").contains("<li>sovsäck</li>");
        assertThat(parts.attachments()).isEmpty();
    }

    @Test
    void mailWithoutSenderIsStillReadIntoParts() throws Exception {
        assertThat(parts("missing-from").text()).isPresent();
    }

    @Test
    void decodesAnEncodedWordFileName() throws Exception {
        String mail = """
                From: Åsa Öberg <asa@example.com>
                Subject: Kvitto
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain; charset=utf-8

                Kvittot ligger bifogat.
                --b
                Content-Type: application/pdf
                Content-Disposition: attachment; filename="=?UTF-8?Q?r=C3=A4kning_m=C3=A5j.pdf?="
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --b--
                """.replace("\n", "\r\n");

        MailParts parts = parser.parts(mail.getBytes(StandardCharsets.UTF_8));

        assertThat(parts.attachments()).containsExactly(new MailParts.Attachment("räkning måj.pdf", "application/pdf", 9));
        assertThat(parts.text()).contains("Kvittot ligger bifogat.");
    }

    @Test
    void bytesThatAreNoMessageAreRejected() throws Exception {
        byte[] garbage = Fixtures.bytes("/mail/mime", "garbage-bytes.eml");

        MessageRejected rejected = catchThrowableOfType(MessageRejected.class, () -> parser.parts(garbage));

        assertThat(rejected.reason()).isEqualTo(Reason.UNPARSEABLE_MIME);
    }
}
