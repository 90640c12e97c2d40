package org.mail2blog.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.PublishedLetter;

class LetterMailsTest {
    private static final OffsetDateTime WRITTEN = OffsetDateTime.parse("2011-07-16T12:05:00+02:00");
    private static final Conversation SORTERING = new Conversation(7, "kallsortering-ii", "Källsortering II",
            "Intro", "", List.of(), "token", WRITTEN, Optional.of(WRITTEN), Optional.empty());
    private static final PublishedLetter LETTER = new PublishedLetter(42, "Åsa Öberg", WRITTEN,
            "Hej!\n\nVi sorterar glas, papper och kompost – varje vecka.\nFrom now on: plåt också.");
    private final LetterMails mails = new LetterMails("Blogg@Example.com");

    private MimeMessage parsed() throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(mails.toMail(SORTERING, LETTER)));
    }

    @Test
    void isFromThePublicNameAtAnAddressThatReachesNoOne() throws Exception {
        InternetAddress from = (InternetAddress) parsed().getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Åsa Öberg");
        assertThat(from.getAddress()).isEqualTo(LetterMails.HIDDEN_ADDRESS);
    }

    @Test
    void carriesTitleDateAndBodyWithTheirLettersIntact() throws Exception {
        MimeMessage mail = parsed();
        assertThat(mail.getSubject()).isEqualTo("Källsortering II");
        assertThat(mail.getSentDate().toInstant()).isEqualTo(WRITTEN.toInstant());
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo(LETTER.body());
        assertThat(mail.getContentType()).contains("text/plain").containsIgnoringCase("charset=UTF-8");
    }

    @Test
    void writesOnlyAsciiWithEncodedWordsAndQuotedPrintable() throws Exception {
        String raw = new String(mails.toMail(SORTERING, LETTER), StandardCharsets.ISO_8859_1);
        assertThat(raw).matches("\\p{ASCII}*");
        assertThat(raw).contains("Subject: =?UTF-8?").contains("Content-Transfer-Encoding: quoted-printable");
    }

    @Test
    void keepsTheSameMessageIdFromExportToExport() throws Exception {
        assertThat(parsed().getMessageID()).isEqualTo("<letter-42@example.com>").isEqualTo(parsed().getMessageID());
    }
}
