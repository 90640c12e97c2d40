package org.mail2blog.app;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.mail2blog.mailbox.ConnectionProblem;
import org.mail2blog.mailbox.MailboxConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says in one log line why a poll of the mailbox failed (untrusted certificate, refused login,
 * server unreachable …) and which key to set, instead of a stack trace; the poller keeps its
 * schedule and tries again. The IMAP consumer's poll strategy, and the POP3 route's error step.
 * Nothing is lost by a failed poll: mail is acknowledged only after it is stored.
 */
public final class MailboxFailures implements PollingConsumerPollStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(MailboxFailures.class);
    private final MailboxConnection connection;

    public MailboxFailures(MailboxConnection connection) {
        this.connection = connection;
    }

    /** Logs why the poll failed; called by the POP3 route for a failed fetch. */
    public void report(Exception failure) {
        LOG.warn(ConnectionProblem.explain(failure, connection));
        LOG.debug("[ingest] mailbox poll failure in full", failure);
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        // a good poll needs no word in the log; each stored mail is logged by the archive
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        report(cause);
        return false;
    }
}
