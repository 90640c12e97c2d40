package org.mail2blog.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.mail2blog.ingest.RawMessage;

/**
 * The one bean that touches Camel's mail types: it turns the consumed {@code jakarta.mail.Message}
 * into its raw RFC 822 bytes. Writing the original message out does not set \Seen on the server.
 */
public final class MailboxAdapter {

    /** The raw bytes of the mail the IMAP consumer delivered into this exchange. */
    public RawMessage toRaw(Exchange exchange) throws IOException, MessagingException {
        MailMessage in = exchange.getIn(MailMessage.class);
        if (in == null || in.getOriginalMessage() == null) {
            throw new IllegalStateException("[ingest] exchange " + exchange.getExchangeId()
                    + " carries no mail: the ingest route must start at the mailbox consumer");
        }
        Message original = in.getOriginalMessage();
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, original.getSize()));
        original.writeTo(out);
        return new RawMessage(out.toByteArray());
    }
}
