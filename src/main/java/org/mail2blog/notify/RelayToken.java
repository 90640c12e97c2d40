package org.mail2blog.notify;

import java.io.IOException;

/**
 * The access token for an XOAUTH2 login to the relay, asked for at each connection so that it can be
 * refreshed in between. An {@link IOException} (the token could not be had) fails that attempt like a
 * relay that is down: the mail stays pending and is tried again later.
 */
@FunctionalInterface
public interface RelayToken {
    /** A token valid for the next login. */
    String current() throws IOException;
}
