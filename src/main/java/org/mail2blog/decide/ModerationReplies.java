package org.mail2blog.decide;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.moderation.Decision;
import org.mail2blog.moderation.LetterDecisions;
import org.mail2blog.moderation.ModerationAddress;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.moderation.Outcome;
import org.mail2blog.moderation.QueueItem;
import org.mail2blog.trim.ReplyTrimmer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a mail sent to a moderation address as an admin's decision. It is applied only when all of
 * these hold: the From address is an admin address, the token is signed for that letter and that
 * address, the mail is authenticated for its From domain (when authentication results are
 * configured), the first line of the trimmed reply is a command (the quoted notice below it is
 * never read), and the letter still waits. Otherwise nothing changes, and only an admin whose
 * genuine reply could not be applied is told why; strangers are never answered. Either way the
 * mail never becomes a letter. Thread-safe.
 */
public final class ModerationReplies {
    /** The stored mail's reason when its command was applied. */
    public static final String APPLIED = "MODERATION_COMMAND";
    /** The stored mail's reason when it changed nothing. */
    public static final String REFUSED = "MODERATION_REFUSED";
    private static final int MAX_LINE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ModerationReplies.class);
    private final ModerationAddress addresses;
    private final Deciders deciders;
    private final ModerationQueue queue;
    private final AdminAnswers answers;
    private final ReplyTrimmer trimmer = new ReplyTrimmer();
    private final CommandParser parser = new CommandParser();

    /**
     * Who may decide by mail.
     *
     * @param admins         the admins' own addresses, read afresh for each mail (configured ones and
     *                       those of the admin accounts)
     * @param authentication whether a mail is authenticated for its From domain
     */
    public record Deciders(Supplier<List<String>> admins, FromAuthentication authentication) {

        /** Fixed admin addresses. */
        public Deciders(List<String> adminAddresses, FromAuthentication authentication) {
            this(() -> List.copyOf(adminAddresses), authentication);
        }

        boolean isAdmin(String address) {
            return admins.get().stream().anyMatch(a -> a.strip().equalsIgnoreCase(address));
        }
    }

    public ModerationReplies(ModerationAddress addresses, Deciders deciders, ModerationQueue queue,
                             AdminAnswers answers) {
        this.addresses = addresses;
        this.deciders = deciders;
        this.queue = queue;
        this.answers = answers;
    }

    /**
     * Applies or refuses the decision in {@code mail} when it went to a moderation address.
     *
     * @param messageKey the stored mail's key, for the log
     */
    public ReplyResult handle(long messageKey, ParsedMessage mail) {
        Optional<String> token = addresses.tokenIn(mail.recipients());
        if (token.isEmpty()) {
            return ReplyResult.NOT_MODERATION;
        }
        String from = mail.fromAddress().strip().toLowerCase(Locale.ROOT);
        Optional<ModerationAddress.Claim> claim = addresses.parse(token.get());
        Optional<Unanswered> untrusted = untrusted(from, claim, mail.authenticationResults());
        if (untrusted.isPresent()) {
            return refused(messageKey, untrusted.get().refusal(), untrusted.get().detail());
        }
        return read(messageKey, mail, claim.orElseThrow().letterId());
    }

    /** A refusal nobody is told about, with its detail for the admin page. */
    private record Unanswered(Refusal refusal, String detail) {
    }

    /** Why the mail is not to be trusted as an admin's own reply about the letter it names; empty when it is. */
    private Optional<Unanswered> untrusted(String from, Optional<ModerationAddress.Claim> claim,
                                          List<String> authenticationResults) {
        if (!deciders.isAdmin(from)) {
            return Optional.of(new Unanswered(Refusal.NOT_ADMIN, from + " is not an admin address"));
        }
        if (claim.isEmpty()) {
            return Optional.of(new Unanswered(Refusal.BAD_TOKEN, "the moderation address names no letter"));
        }
        String letter = "letter " + claim.get().letterId();
        if (!addresses.isSignedFor(claim.get(), from)) {
            return Optional.of(new Unanswered(Refusal.BAD_TOKEN,
                    "the moderation address is not signed for " + letter + " and " + from));
        }
        if (!deciders.authentication().isAuthenticated(authenticationResults, from)) {
            return Optional.of(new Unanswered(Refusal.NOT_AUTHENTICATED,
                    "the mail from " + from + " about " + letter + " is not authenticated for its From domain"));
        }
        return Optional.empty();
    }

    /** Reads the command above the quoted notice: the first non-empty line of the trimmed reply. */
    private ReplyResult read(long messageKey, ParsedMessage mail, long letterId) {
        String firstLine = CommandParser.firstLine(trimmer.trim(mail.text()).kept());
        Optional<Command> command = parser.parse(firstLine);
        if (command.isEmpty()) {
            return answered(messageKey, mail, letterId, Refusal.UNKNOWN_COMMAND, firstLine);
        }
        return apply(messageKey, mail, letterId, command.get());
    }

    private ReplyResult apply(long messageKey, ParsedMessage mail, long letterId, Command command) {
        Optional<QueueItem> letter = queue.findPending(letterId);
        if (letter.isEmpty()) {
            return answered(messageKey, mail, letterId, Refusal.NOT_PENDING, "");
        }
        Outcome outcome = decide(letterId, command, mail.fromAddress() + " by mail");
        Optional<Refusal> refusal = refusalOf(outcome);
        if (refusal.isPresent()) {
            return answered(messageKey, mail, letterId, refusal.get(), "");
        }
        answers.confirm(mail, letter.get(), command);
        String detail = (command.decision() == Decision.APPROVE ? "letter " + letterId + " approved"
                : "letter " + letterId + " rejected, reason: " + command.reason()) + ", by " + mail.fromAddress();
        LOG.info("[moderation] message key={} applied by mail: {}", messageKey, detail);
        return ReplyResult.applied(detail);
    }

    /**
     * Applies the command in the queue, as one audited decision: a rejection carries the reason from
     * the reply's first line (cut to what the queue keeps), which is mailed to the sender.
     */
    private Outcome decide(long letterId, Command command, String actor) {
        if (command.decision() == Decision.REJECT) {
            String reason = command.reason();
            return queue.decisions().reject(letterId, reason.length() > LetterDecisions.MAX_REASON_LENGTH
                    ? reason.substring(0, LetterDecisions.MAX_REASON_LENGTH) : reason, actor);
        }
        return queue.decisions().approve(letterId, false, actor);
    }

    private static Optional<Refusal> refusalOf(Outcome outcome) {
        return switch (outcome) {
            case DONE -> Optional.empty();
            case NOT_FOUND, ALREADY_DECIDED, INVALID -> Optional.of(Refusal.NOT_PENDING);
            case UNMATCHED -> Optional.of(Refusal.UNMATCHED);
            case EMPTY -> Optional.of(Refusal.EMPTY);
        };
    }

    /** Refused, and the admin is told why. */
    private ReplyResult answered(long messageKey, ParsedMessage mail, long letterId, Refusal refusal,
                                 String firstLine) {
        boolean isTold = answers.refuse(mail, letterId, refusal, shortened(firstLine));
        String detail = "letter " + letterId + " unchanged; " + mail.fromAddress()
                + (isTold ? " is told why" : " is not told again (told within minutes, or mail is off)")
                + (firstLine.isEmpty() ? "" : "; the first line read: " + shortened(firstLine));
        return refused(messageKey, refusal, detail);
    }

    private static String shortened(String line) {
        return line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "…" : line;
    }

    private static ReplyResult refused(long messageKey, Refusal refusal, String detail) {
        LOG.warn("[moderation] message key={} refused reason={}: {}", messageKey, refusal, detail);
        return ReplyResult.refused(refusal, detail);
    }
}
