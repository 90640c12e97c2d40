package org.mail2blog.guard;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;

/**
 * Tells mail that a person wrote from robots (autoresponders, bounces, other lists) and from our
 * own mail coming back, reading only the header block of the raw bytes. Rules are checked in a
 * fixed order and the first match decides: {@link MailKind#OWN}, {@link MailKind#BOUNCE},
 * {@link MailKind#AUTO_REPLY}, {@link MailKind#LIST}, else {@link MailKind#PERSON}. The
 * {@link Verdict} names the header or rule that decided.
 * <p>{@link #classify} never throws on bad input: a header it can't parse simply doesn't match its
 * rule. Immutable and thread-safe; one instance serves the whole application.
 */
public final class AutoReplyGuard {
    /** Header that notify/ stamps on every mail we send, so that any copy coming back is known as ours. */
    public static final String LOOP_HEADER = "X-Mail2blog-Loop";

    private static final Verdict PERSON = new Verdict(MailKind.PERSON,
            "No loop, bounce, auto-reply or list header and no out-of-office subject, so a person wrote it");

    private final String ownListId;
    private final String ownMessageIdDomain;
    private final Set<String> ownAddresses;

    /**
     * @param ownListId          the List-Id our own mails carry, with or without angle brackets,
     *                           e.g. {@code blog.example.com}; compared ignoring case
     * @param ownMessageIdDomain the end of our own Message-IDs, e.g. {@code @mail2blog.example.com}
     *                           (the {@code @} is added if missing, so that a sub-domain can't match)
     * @param ownAddresses       the blog's addresses, e.g. {@code blog@example.com}; their plus
     *                           variants ({@code blog+anything@example.com}) count as ours too
     * @throws IllegalArgumentException if a value is blank or an address has no local part or domain
     */
    public AutoReplyGuard(String ownListId, String ownMessageIdDomain, Set<String> ownAddresses) {
        this.ownListId = normalisedListId(Objects.requireNonNull(ownListId, "ownListId"));
        this.ownMessageIdDomain = normalisedDomain(Objects.requireNonNull(ownMessageIdDomain, "ownMessageIdDomain"));
        Objects.requireNonNull(ownAddresses, "ownAddresses");
        if (ownAddresses.isEmpty()) {
            throw new IllegalArgumentException("ownAddresses is empty; give at least the blog's own address");
        }
        this.ownAddresses = ownAddresses.stream().map(AutoReplyGuard::checkedAddress)
                .map(AutoReplyGuard::withoutSubaddress).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Decides who or what sent {@code raw}, a whole mail or just its header block.
     * <p>If the header block can't be read at all, the verdict is {@link MailKind#PERSON} and its
     * reason says so: the guard has no evidence of a robot, and the parser quarantines such mail.
     */
    public Verdict classify(byte[] raw) {
        Objects.requireNonNull(raw, "raw");
        try {
            return classify(MailHeaders.read(raw));
        } catch (MessagingException e) {
            return new Verdict(MailKind.PERSON, "Headers unreadable (" + e.getMessage()
                    + "), so no robot rule could match; treated as a person, and the parser quarantines such mail");
        }
    }

    private Verdict classify(MailHeaders headers) {
        return own(headers)
                .or(() -> RobotRules.bounce(headers))
                .or(() -> RobotRules.autoReply(headers))
                .or(() -> RobotRules.list(headers, ownListId))
                .orElse(PERSON);
    }

    /** Rule 1: our own mail coming back, a loop that must never be answered. */
    private Optional<Verdict> own(MailHeaders h) {
        // notify/ stamps it on every outgoing mail (own-loop-header-forwarded.eml)
        if (h.has(LOOP_HEADER)) {
            return own(LOOP_HEADER + " is present (we stamp it on every mail we send)");
        }
        // Sent from the blog address or a plus variant (own-from-plus-address.eml)
        Optional<String> from = h.fromAddress().filter(a -> ownAddresses.contains(withoutSubaddress(a)));
        if (from.isPresent()) {
            return own("From " + from.get() + " is one of the blog's own addresses");
        }
        // Our Message-ID kept by a forwarder or a misconfigured server (own-message-id-echo.eml)
        if (h.bracketed("Message-ID").filter(id -> id.endsWith(ownMessageIdDomain)).isPresent()) {
            return own("Message-ID ends with our own domain " + ownMessageIdDomain);
        }
        // Our notification relayed back; a missing Auto-Submitted counts as "not no", while an explicit
        // "Auto-Submitted: no" is a person's word (own-list-id-notification-echo.eml,
        // person-own-list-id-auto-submitted-no.eml)
        boolean isOwnList = h.bracketed("List-Id").filter(ownListId::equals).isPresent();
        if (isOwnList && h.token("Auto-Submitted").filter("no"::equals).isEmpty()) {
            return own("List-Id <" + ownListId
                    + "> is our own and Auto-Submitted is not 'no' (our notification echoed back)");
        }
        return Optional.empty();
    }

    private static Optional<Verdict> own(String reason) {
        return Optional.of(new Verdict(MailKind.OWN, reason));
    }

    private static String normalisedListId(String listId) {
        String id = listId.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1).strip();
        }
        if (id.isEmpty()) {
            throw new IllegalArgumentException(
                    "ownListId is blank; give the List-Id our mails carry, e.g. blog.example.com");
        }
        return id.toLowerCase(Locale.ROOT);
    }

    private static String normalisedDomain(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        d = d.startsWith("@") ? d : "@" + d;
        if (d.length() == 1 || d.contains(" ")) {
            throw new IllegalArgumentException("ownMessageIdDomain '" + domain
                    + "' is not a domain; give the end of our Message-IDs, e.g. @mail2blog.example.com");
        }
        return d;
    }

    private static String checkedAddress(String address) {
        String a = Objects.requireNonNull(address, "an ownAddresses entry").strip().toLowerCase(Locale.ROOT);
        int at = a.lastIndexOf('@');
        if (at <= 0 || at == a.length() - 1) {
            throw new IllegalArgumentException("ownAddresses entry '" + address
                    + "' is not an address; write it as local@domain, e.g. blog@example.com");
        }
        return a;
    }

    /** {@code blog+x@example.com} becomes {@code blog@example.com} (RFC 5233 sub-addressing). */
    private static String withoutSubaddress(String address) {
        int at = address.lastIndexOf('@');
        int plus = address.indexOf('+');
        return plus < 0 || plus > at || at < 0 ? address : address.substring(0, plus) + address.substring(at);
    }
}
