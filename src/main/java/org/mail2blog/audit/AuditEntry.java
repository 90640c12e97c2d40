package org.mail2blog.audit;

import java.time.OffsetDateTime;
import org.mail2blog.audit.AuditEntry;

/**
 * One admin decision as the audit log keeps it.
 *
 * @param actor  who: an admin's user name, {@code api}, or {@code <name> by mail}
 * @param action what, as a short verb ({@code approve}, {@code reject}, {@code ban}, …)
 * @param target on what, e.g. {@code letter 12} or {@code conversation kvalitet}
 * @param detail anything else worth knowing (a reason, the old and new value); may be empty
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String target, String detail) {
}
