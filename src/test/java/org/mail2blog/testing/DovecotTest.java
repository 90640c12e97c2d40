package org.mail2blog.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DovecotTest {
    @TempDir
    Path dir;

    @Test
    void aDeliveredMailIsInTheInboxOverImapAndPop3() throws Exception {
        Required.dovecot();
        try (Dovecot dovecot = Dovecot.start(dir)) {
            dovecot.deliver("From: a@example.com\r\nTo: blog@example.com\r\nSubject: hej\r\n\r\nHej då\r\n"
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(count("imap", dovecot.imapPort())).isEqualTo(1);
            assertThat(count("pop3", dovecot.pop3Port())).isEqualTo(1);
            dovecot.restart();
            assertThat(count("imap", dovecot.imapPort())).isEqualTo(1);
        }
    }

    private static int count(String protocol, int port) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore(protocol);
        store.connect("127.0.0.1", port, Dovecot.USER, Dovecot.PASSWORD);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int n = inbox.getMessageCount();
            inbox.close(false);
            return n;
        } finally {
            store.close();
        }
    }
}
