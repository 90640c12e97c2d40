package org.mail2blog.guard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;

/**
 * The header rules for robots other than ourselves, one method per {@link MailKind}, each trying
 * its rules in order and returning the first that matches. Each rule names the standard or client
 * it serves and a fixture under {@code src/test/resources/mail/guard/} that proves it.
 */
final class RobotRules {
    /** Local parts that only mail systems send from (RFC 5321 §4.5.1, and sendmail's MAILER-DAEMON). */
    private static final Set<String> SYSTEM_SENDERS = Set.of("mailer-daemon", "postmaster");
    private static final Set<String> LIST_PRECEDENCES = Set.of("bulk", "junk", "list");

    private RobotRules() {
    }

    /** Rule 2: delivery reports, read receipts and mail-system senders. */
    static Optional<Verdict> bounce(MailHeaders h) {
        Optional<Verdict> report = report(h);
        if (report.isPresent()) {
            return report;
        }
        // Exim and Gmail name the failed addresses here (bounce-exim-failed-recipients.eml)
        if (h.has("X-Failed-Recipients")) {
            return found(MailKind.BOUNCE, "X-Failed-Recipients is present (Exim/Gmail bounce)");
        }
        // qmail and sendmail bounces are plain text from MAILER-DAEMON (bounce-qmail-failure-notice.eml)
        Optional<String> system = h.fromAddress().map(MailHeaders::localPart).filter(SYSTEM_SENDERS::contains);
        if (system.isPresent()) {
            return found(MailKind.BOUNCE, "From local part '" + system.get() + "' is a mail system address");
        }
        // RFC 5321 §4.5.5: bounces go out with the null sender (bounce-null-sender-plain.eml). RFC 3834
        // responders use it too, so a mail that says Auto-Submitted is left to the auto-reply rules
        // (auto-reply-thunderbird-sieve-vacation.eml).
        if (isNullSender(h) && !isAutoSubmitted(h)) {
            return found(MailKind.BOUNCE, "Return-Path: <> (null sender, used only by mail-system notifications)");
        }
        return Optional.empty();
    }

    /** Rule 3: autoresponders, by header first and by Subject last. */
    static Optional<Verdict> autoReply(MailHeaders h) {
        // RFC 3834 §5: anything but "no" is automatic (auto-reply-thunderbird-sieve-vacation.eml)
        if (isAutoSubmitted(h)) {
            return found(MailKind.AUTO_REPLY, h.quote("Auto-Submitted") + " (RFC 3834)");
        }
        // cPanel/Exim and web-host autoresponders (auto-reply-cpanel-x-autorespond.eml,
        // auto-reply-webhost-x-autoreply.eml)
        for (String name : new String[] {"X-Autoreply", "X-Autorespond"}) {
            if (h.token(name).filter(v -> !v.equals("no") && !v.equals("false")).isPresent()) {
                return found(MailKind.AUTO_REPLY, h.quote(name) + " (autoresponder marker)");
            }
        }
        // Exchange asks others not to answer its own automatic mail (auto-reply-exchange-german-response-suppress.eml,
        // auto-reply-exchange-swedish-autosvar.eml). X-MS-Exchange-Inbox-Rules-Loop is not used: Exchange
        // stamps it whenever an inbox rule touched the mail, and a rule may redirect what a person wrote
        // (person-exchange-inbox-rule-redirect.eml).
        if (h.find("X-Auto-Response-Suppress").filter(RobotRules::suppressesAllOrOof).isPresent()) {
            return found(MailKind.AUTO_REPLY, h.quote("X-Auto-Response-Suppress") + " (Exchange automatic mail)");
        }
        // Older responders (auto-reply-precedence-auto-reply.eml)
        if (h.token("Precedence").filter("auto_reply"::equals).isPresent()) {
            return found(MailKind.AUTO_REPLY, "Precedence: auto_reply (autoresponder)");
        }
        return h.subject().flatMap(OutOfOfficeSubject::findPhrase).map(phrase -> new Verdict(MailKind.AUTO_REPLY,
                "Subject starts with the out-of-office phrase " + phrase
                        + "; no header marked it, so the subject is the only evidence"));
    }

    /** Rule 4: other lists' traffic and bulk mail; {@code ownListId} is lower case without brackets. */
    static Optional<Verdict> list(MailHeaders h, String ownListId) {
        // RFC 2076 Precedence, set by Mailman, Sympa and bulk senders (list-newsletter-unsubscribe-bulk.eml)
        Optional<String> precedence = h.token("Precedence");
        if (precedence.filter(LIST_PRECEDENCES::contains).isPresent()) {
            return found(MailKind.LIST, "Precedence: " + precedence.get() + " (bulk or list mail)");
        }
        // RFC 2919 (list-groups-list-id-only.eml); our own List-Id was settled by the OWN rules
        boolean hasOtherListId = h.bracketed("List-Id").filter(id -> !id.equals(ownListId)).isPresent();
        if (hasOtherListId) {
            return found(MailKind.LIST, h.quote("List-Id") + " is another mailing list (RFC 2919)");
        }
        // RFC 2369 unsubscribe link plus a list or precedence marker: a newsletter
        // (list-newsletter-precedence-first-class.eml); alone it proves nothing
        if (h.has("List-Unsubscribe") && (h.has("Precedence") || h.has("List-Id"))) {
            return found(MailKind.LIST,
                    "List-Unsubscribe together with Precedence or List-Id (a newsletter, RFC 2369)");
        }
        // ezmlm and older list managers (list-ezmlm-mailing-list.eml, list-x-mailing-list-old.eml)
        for (String name : new String[] {"X-Mailing-List", "Mailing-List"}) {
            if (h.has(name)) {
                return found(MailKind.LIST, name + " is present (mailing-list manager)");
            }
        }
        return Optional.empty();
    }

    /** Whether Auto-Submitted is present with any value other than {@code no} (RFC 3834 §5). */
    static boolean isAutoSubmitted(MailHeaders h) {
        return h.token("Auto-Submitted").filter(v -> !v.equals("no")).isPresent();
    }

    private static boolean isNullSender(MailHeaders h) {
        return h.find("Return-Path").map(v -> v.replaceAll("\\s", "")).filter("<>"::equals).isPresent();
    }

    /** RFC 6522 multipart/report: DSN (RFC 3464), MDN (RFC 8098) or another machine report. */
    private static Optional<Verdict> report(MailHeaders h) {
        Optional<ContentType> type = h.find("Content-Type").flatMap(RobotRules::contentType)
                .filter(t -> t.match("multipart/report"));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String reportType = Optional.ofNullable(type.get().getParameter("report-type")).orElse("")
                .toLowerCase(Locale.ROOT);
        String reason = switch (reportType) {
            // Postfix, Exchange and Gmail bounces (bounce-postfix-dsn.eml, bounce-exchange-ndr.eml)
            case "delivery-status" ->
                    "Content-Type: multipart/report; report-type=delivery-status (RFC 3464 DSN)";
            // Read receipts (bounce-outlook-read-receipt-mdn.eml)
            case "disposition-notification" ->
                    "Content-Type: multipart/report; report-type=disposition-notification"
                            + " (RFC 8098 MDN, a read receipt)";
            // Abuse and TLS reports (bounce-feedback-report-arf.eml)
            default -> "Content-Type: multipart/report; report-type=" + reportType + " (RFC 6522 machine report)";
        };
        return found(MailKind.BOUNCE, reason);
    }

    private static Optional<ContentType> contentType(String value) {
        try {
            return Optional.of(new ContentType(value));
        } catch (ParseException e) {
            // A Content-Type we can't parse is no report; the MIME parser records it as a warning.
            return Optional.empty();
        }
    }

    private static boolean suppressesAllOrOof(String value) {
        return Arrays.stream(value.split(",")).map(v -> v.strip().toLowerCase(Locale.ROOT))
                .anyMatch(v -> v.equals("all") || v.equals("oof"));
    }

    private static Optional<Verdict> found(MailKind kind, String reason) {
        return Optional.of(new Verdict(kind, reason));
    }
}
