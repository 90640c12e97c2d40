package org.mail2blog.moderation;

/** Whether a rejected sender was mailed the admin's reason, and if not, why not. */
enum RejectionMail {
    /** The mail is in the outbox. */
    QUEUED("reason mailed to the sender"),
    /** The address is not a person's (a mail system, a no-reply address, our own): never mailed. */
    NOT_A_PERSON("not mailed: the sender's address is not a person's"),
    /** The sender got a rejection mail within a day (or outgoing mail is off). */
    HELD_BACK("not mailed: the sender got a rejection mail within a day, or outgoing mail is off");

    private final String description;

    RejectionMail(String description) {
        this.description = description;
    }

    /** For the audit log. */
    String description() {
        return description;
    }
}
