package org.mail2blog.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

/** Reads a mailbox over IMAP on loopback, as the person who owns it would. */
public final class Imap {
    private Imap() {
    }

    /** Copies of the mails in the INBOX of {@code user}; empty when the mailbox does not exist yet. */
    public static List<MimeMessage> inbox(int port, String user, String password) {
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", port, user, password);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<MimeMessage> copies = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    message.writeTo(out);
                    copies.add(new MimeMessage(null, new ByteArrayInputStream(out.toByteArray())));
                }
                inbox.close(false);
                return copies;
            } finally {
                store.close();
            }
        } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
            return List.of();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("IMAP 127.0.0.1:" + port + " as " + user + " failed", e);
        }
    }
}
