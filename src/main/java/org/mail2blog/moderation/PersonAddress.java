package org.mail2blog.moderation;

import java.util.Locale;
import java.util.Set;

import org.mail2blog.blog.ReplyAddress;

/**
 * Whether an address belongs to a person we may write to about their letter. The guard already
 * judged the mail's headers at ingest (bounces, auto-replies and list mail never become letters);
 * this looks at the address alone, at decision time, so that a rejection is never mailed to a mail
 * system, a no-reply address or the blog itself (a loop). Pure and thread-safe.
 */
final class PersonAddress {
    /**
     * Local parts that only mail systems and robots send from: RFC 5321 §4.5.1 postmaster, sendmail's
     * MAILER-DAEMON, the no-reply senders of notification systems, and the list managers' own
     * addresses (LISTSERV, Majordomo).
     */
    private static final Set<String> SYSTEM_LOCAL_PARTS = Set.of("postmaster", "mailer-daemon", "noreply",
            "no-reply", "donotreply", "do-not-reply", "bounce", "bounces", "listserv", "majordomo");

    private PersonAddress() {
    }

    /** True when {@code address} is one plain {@code local@domain} address that a person reads. */
    static boolean isPerson(String address, ReplyAddress ours) {
        String a = address.strip().toLowerCase(Locale.ROOT);
        int at = a.lastIndexOf('@');
        if (at < 1 || at == a.length() - 1 || a.indexOf('@') != at || a.chars().anyMatch(PersonAddress::isOdd)) {
            return false;
        }
        if (ours.isBlogAddress(a) || ours.tokenIn(a).isPresent()) {
            return false;
        }
        String local = a.substring(0, at).split("\\+", 2)[0];
        // Mailman's list-request/-bounces/-owner and the owner-list convention of older list servers.
        boolean isListSystem = local.endsWith("-request") || local.endsWith("-bounces") || local.endsWith("-owner")
                || local.startsWith("owner-");
        return !SYSTEM_LOCAL_PARTS.contains(local) && !local.startsWith("noreply") && !local.startsWith("no-reply")
                && !isListSystem;
    }

    private static boolean isOdd(int c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) || c == '<' || c == '>' || c == ','
                || c == ';' || c == '"';
    }
}
