package org.mail2blog.guard;

import java.util.Objects;

/**
 * What {@link AutoReplyGuard} decided about one mail, and why.
 *
 * @param kind   who or what sent the mail
 * @param reason one sentence naming the header or rule that decided, for logs and the admin,
 *               e.g. {@code "Auto-Submitted: auto-replied (RFC 3834)"}; never blank
 */
public record Verdict(MailKind kind, String reason) {
    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a verdict needs a reason naming the rule that decided");
        }
    }

    /** Whether a human wrote the mail, so that it may be published and answered. */
    public boolean isPerson() {
        return kind == MailKind.PERSON;
    }
}
