package org.mail2blog.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail server owned by the test (GreenMail, SMTP + IMAP on loopback) that outlives the
 * application, so a test can restart the application against the same mailbox. The blog's
 * mailbox is {@link #BLOG} with password {@link #PASSWORD}.
 */
public final class TestMailServer implements AutoCloseable {
    public static final String BLOG = "blog@localhost";
    public static final String PASSWORD = "mailbox-password";
    private final GreenMail server;
    private final int smtpPort = Ports.free();
    private final int imapPort = Ports.free();

    public TestMailServer() {
        server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        server.setUser(BLOG, BLOG, PASSWORD);
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** The raw bytes of every mail in a folder of the blog's mailbox (empty when the folder is missing). */
    public List<byte[]> rawMessages(String folderName) {
        return withStore(store -> {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            try {
                return Arrays.stream(folder.getMessages()).map(TestMailServer::bytes).toList();
            } finally {
                folder.close(false);
            }
        });
    }

    /** How many mails a folder holds, without reading them (safe while the application moves mail). */
    public int count(String folderName) {
        return withStore(store -> {
            Folder folder = store.getFolder(folderName);
            return folder.exists() ? folder.getMessageCount() : 0;
        });
    }

    /** Whether the blog's mailbox has a folder of that name. */
    public boolean hasFolder(String folderName) {
        return withStore(store -> store.getFolder(folderName).exists());
    }

    /** Appends raw bytes to a folder of the blog's mailbox, as a delivery (or an un-done move) would. */
    public void append(String folderName, byte[] raw) {
        withStore(store -> {
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            try {
                folder.appendMessages(new Message[] {new MimeMessage(null, new ByteArrayInputStream(raw))});
            } finally {
                folder.close(false);
            }
            return null;
        });
    }

    /** Sets \\Seen on every mail in a folder, as a person reading the mailbox in a mail client would. */
    public void markAllSeen(String folderName) {
        withStore(store -> {
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            try {
                folder.setFlags(folder.getMessages(), new Flags(Flags.Flag.SEEN), true);
            } finally {
                folder.close(false);
            }
            return null;
        });
    }

    private <T> T withStore(StoreAction<T> action) {
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", imapPort, BLOG, PASSWORD);
            try {
                return action.apply(store);
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("IMAP on 127.0.0.1:" + imapPort + " failed", e);
        }
    }

    private static byte[] bytes(Message message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("cannot read a message over IMAP", e);
        }
    }

    private interface StoreAction<T> {
        T apply(Store store) throws MessagingException;
    }

    @Override
    public void close() {
        server.stop();
    }
}
