package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mail2blog.guard.AutoReplyGuard;
import org.mail2blog.notify.MailComposer;

class LoopHeaderTest {
    @Test
    void guardRecognisesTheHeaderOurMailsCarry() {
        assertThat(AutoReplyGuard.LOOP_HEADER).isEqualTo(MailComposer.LOOP_HEADER);
    }
}
