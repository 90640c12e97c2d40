package org.mail2blog.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

class MailComposerTest {
    private final MailComposer composer = new MailComposer("mail2blog", "blog@example.com");

    private MimeMessage compose(Optional<String> unsubscribeUrl) throws Exception {
        OutgoingMail mail = new OutgoingMail("new-letter", "ina.lo@example.com", "Nytt brev", "Hej", "<p>Hej</p>",
                Optional.of("a@example.com"), List.of("a@example.com"), Optional.of("blog+tok@example.com"),
                "auto-generated", Optional.of(1L), unsubscribeUrl);
        return new MimeMessage(null, new ByteArrayInputStream(composer.compose(mail, composer.newMessageId())));
    }

    @Test
    void followerMailCarriesTheOneClickUnsubscribeHeaders() throws Exception {
        MimeMessage mail = compose(Optional.of("https://blog.example.com/unsubscribe/abc"));
        assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<https://blog.example.com/unsubscribe/abc>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(mail.getHeader("List-Id")).containsExactly("<blog.example.com>");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(mail.getHeader("Reply-To")).containsExactly("blog+tok@example.com");
    }

    @Test
    void otherMailHasNoUnsubscribeHeaders() throws Exception {
        MimeMessage mail = compose(Optional.empty());
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();
        assertThat(mail.getHeader("List-Unsubscribe-Post")).isNull();
    }
}
