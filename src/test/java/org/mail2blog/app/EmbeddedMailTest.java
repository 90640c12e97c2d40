package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.mail.MailAddress;
import org.junit.jupiter.api.Test;

class EmbeddedMailTest {
    @Test
    void plusDetailIsDroppedLikeARecipientDelimiter() {
        assertThat(EmbeddedMail.withoutDetail(new MailAddress("blog+abc123@localhost")).toString())
                .isEqualTo("blog@localhost");
    }

    @Test
    void plainAddressStaysAsItIs() {
        assertThat(EmbeddedMail.withoutDetail(new MailAddress("reader@example.com")).toString())
                .isEqualTo("reader@example.com");
    }
}
