package org.mail2blog.app;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The mail server that runs when no real mailbox is configured: SMTP and IMAP on 127.0.0.1. Like a
 * real MTA with a recipient delimiter it delivers {@code blog+anything@localhost} into the blog's
 * mailbox; any other address gets a mailbox of its own, readable over IMAP with the address as
 * login and password. Mail lives in memory: what was not yet polled is gone after a stop.
 */
public final class EmbeddedMail implements AutoCloseable {
    private final GreenMail server;

    private EmbeddedMail(GreenMail server) {
        this.server = server;
    }

    /** Starts SMTP and IMAP on loopback and creates the blog's mailbox. */
    public static EmbeddedMail start(int smtpPort, int imapPort, String blogAddress) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        server.setUser(blogAddress, blogAddress, blogAddress);
        MessageDeliveryHandler plain = server.getUserManager().getMessageDeliveryHandler();
        server.getUserManager().setMessageDeliveryHandler((message, recipient) ->
                plain.handle(message, withoutDetail(recipient)));
        return new EmbeddedMail(server);
    }

    /** {@code blog+token@localhost} becomes {@code blog@localhost}; other addresses stay as they are. */
    static MailAddress withoutDetail(MailAddress recipient) {
        String user = recipient.getUser();
        int plus = user.indexOf('+');
        if (plus <= 0) {
            return recipient;
        }
        return new MailAddress(user.substring(0, plus) + "@" + recipient.getHost());
    }

    @Override
    public void close() {
        server.stop();
    }
}
