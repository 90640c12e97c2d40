package org.mail2blog.sender;

import java.time.OffsetDateTime;
import org.mail2blog.sender.Senders;
import org.mail2blog.sender.SenderStatus;
import org.mail2blog.sender.SenderDecision;

/**
 * What an admin decided about one sender address, as {@link Senders} keeps it. Holds an address:
 * admins only.
 *
 * @param address   the sender's address, lower-case
 * @param status    {@link SenderStatus#TRUSTED} or {@link SenderStatus#BANNED} (an ordinary address has no decision)
 * @param decidedBy who decided: an admin's user name, {@code api}, {@code <name> by mail}
 * @param decidedAt when
 */
public record SenderDecision(String address, SenderStatus status, String decidedBy, OffsetDateTime decidedAt) {
}
