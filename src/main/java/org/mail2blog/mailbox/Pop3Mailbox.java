package org.mail2blog.mailbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import org.eclipse.angus.mail.pop3.POP3Folder;
import org.mail2blog.ingest.RawMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a POP3 mailbox, which has one folder and keeps no flags for us. Each poll is one session:
 * the UIDL list is read, mails whose UIDL is already stored ({@link Pop3Uidls}) are left alone, or
 * deleted when {@code deleteStored} is set, and at most {@code maxPerPoll} new mails are fetched.
 * Nothing is deleted that is not stored, since a UIDL is remembered only after the archive committed
 * ({@link #remember}), and a mail is never fetched twice unless its storing failed.
 * Not thread-safe: one poller, driven by one timer route.
 */
public final class Pop3Mailbox {
    private static final Logger LOG = LoggerFactory.getLogger(Pop3Mailbox.class);
    private final Options options;
    private final Supplier<PasswordAuthentication> credentials;
    private final Pop3Uidls uidls;

    /**
     * @param connection   the POP3 or POP3S server (with another protocol, polling fails)
     * @param deleteStored delete a mail from the server once it is stored; false keeps it there
     * @param maxPerPoll   at most this many new mails are fetched in one poll
     */
    public record Options(MailboxConnection connection, boolean deleteStored, int maxPerPoll) {
        public Options {
            Objects.requireNonNull(connection, "connection");
        }
    }

    /** @param credentials the mailbox login, asked for on every connection (one place for every protocol) */
    public Pop3Mailbox(Options options, Supplier<PasswordAuthentication> credentials, Pop3Uidls uidls) {
        this.options = options;
        this.credentials = credentials;
        this.uidls = uidls;
    }

    /** The mails not stored yet, oldest first; deletes the stored ones first when so configured. */
    public List<Pop3Mail> fetchNew() throws MessagingException, IOException {
        MailboxConnection c = options.connection();
        Store store = Session.getInstance(c.javaMailProperties()).getStore(c.protocol().javaMailName());
        PasswordAuthentication login = credentials.get();
        store.connect(c.host(), c.port(), login.getUserName(), login.getPassword());
        try {
            POP3Folder inbox = (POP3Folder) store.getFolder("INBOX");
            inbox.open(options.deleteStored() ? Folder.READ_WRITE : Folder.READ_ONLY);
            List<String> deleted = new ArrayList<>();
            List<Pop3Mail> fresh = read(inbox, uidls.stored(), deleted);
            inbox.close(!deleted.isEmpty());
            if (!deleted.isEmpty()) {
                uidls.markDeleted(deleted);
                LOG.info("[ingest] deleted {} stored mail(s) from {}", deleted.size(), c.describe());
            }
            return fresh;
        } finally {
            store.close();
        }
    }

    /** Acknowledges a fetched mail: it is stored under {@code messageKey} and will not be fetched again. */
    public void remember(String uidl, long messageKey) {
        uidls.remember(uidl, messageKey);
    }

    private List<Pop3Mail> read(POP3Folder inbox, Set<String> stored, List<String> deleted)
            throws MessagingException, IOException {
        Message[] messages = inbox.getMessages();
        FetchProfile uids = new FetchProfile();
        uids.add(UIDFolder.FetchProfileItem.UID);
        inbox.fetch(messages, uids);
        List<Pop3Mail> fresh = new ArrayList<>();
        for (Message message : messages) {
            String uidl = inbox.getUID(message);
            if (uidl == null) {
                throw new MessagingException("the POP3 server gave mail " + message.getMessageNumber()
                        + " no UIDL; mail2blog needs a server that supports UIDL (RFC 1939)");
            }
            if (stored.contains(uidl)) {
                if (options.deleteStored()) {
                    message.setFlag(Flags.Flag.DELETED, true);
                    deleted.add(uidl);
                }
            } else if (fresh.size() < options.maxPerPoll()) {
                fresh.add(new Pop3Mail(uidl, new RawMessage(raw(message))));
            }
        }
        return fresh;
    }

    private static byte[] raw(Message message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
        message.writeTo(out);
        return out.toByteArray();
    }
}
