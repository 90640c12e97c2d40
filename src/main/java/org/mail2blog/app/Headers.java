package org.mail2blog.app;

/** Names of the few Camel headers our routes set: ids and routing flags only. */
public final class Headers {
    /** The archive key ({@code message.id}) of the mail being processed. */
    public static final String MESSAGE_KEY = "mail2blogMessageKey";

    private Headers() {
    }
}
