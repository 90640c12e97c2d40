package org.mail2blog.mailbox;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;

/**
 * The POP3 mails of one mailbox that are stored, by UIDL: a mail whose UIDL is here is committed to
 * the archive; once it is also handled it is neither fetched again nor, unless deletion is
 * configured, touched on the server. Thread-safe.
 */
public final class Pop3Uidls {
    private final Jdbi jdbi;
    private final String mailbox;

    /**
     * @param mailbox names the mailbox (user and host), since UIDLs are unique only within one
     */
    public Pop3Uidls(Jdbi jdbi, String mailbox) {
        this.jdbi = jdbi;
        this.mailbox = mailbox;
    }

    /**
     * The UIDLs of this mailbox's mails that are stored and handled. A mail stored but not yet read
     * (a crash came between) is not among them, so it is fetched again and finished, as an IMAP mail
     * left in the inbox would be; the archive recognises its bytes.
     */
    public Set<String> stored() {
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery("SELECT u.uidl FROM pop3_uidl u"
                        + " JOIN message m ON m.id = u.message_key WHERE u.mailbox = :mailbox AND m.state <> 'received'")
                .bind("mailbox", mailbox).mapTo(String.class).list()));
    }

    /** Records that the mail with {@code uidl} is stored under {@code messageKey}; a second call changes nothing. */
    public void remember(String uidl, long messageKey) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO pop3_uidl (mailbox, uidl, message_key, stored_at)"
                        + " SELECT :mailbox, :uidl, :key, :at FROM message WHERE id = :key AND NOT EXISTS"
                        + " (SELECT 1 FROM pop3_uidl WHERE mailbox = :mailbox AND uidl = :uidl)")
                .bind("mailbox", mailbox).bind("uidl", uidl).bind("key", messageKey)
                .bind("at", OffsetDateTime.now()).execute());
    }

    /** Records that these stored mails were deleted from the server. */
    public void markDeleted(Collection<String> uidls) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbi.useTransaction(h -> {
            for (String uidl : uidls) {
                h.createUpdate("UPDATE pop3_uidl SET deleted_at = :at WHERE mailbox = :mailbox AND uidl = :uidl")
                        .bind("at", now).bind("mailbox", mailbox).bind("uidl", uidl).execute();
            }
        });
    }
}
