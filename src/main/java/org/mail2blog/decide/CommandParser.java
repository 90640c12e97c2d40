package org.mail2blog.decide;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mail2blog.moderation.Decision;

/**
 * Reads the command on the first non-empty line of an admin's trimmed reply. Approval is the word
 * alone ({@code ok}, {@code approve}, {@code ja}, {@code godkänn}; any case, punctuation around it
 * allowed: "Ok!"), because "ok, but not yet" must not publish anything. Rejection is
 * {@code reject} or {@code avvisa}, and the rest of the line is the reason ("reject spam spam").
 * Anything else is no command. Stateless and thread-safe.
 */
public final class CommandParser {
    private static final Set<String> APPROVE = Set.of("ok", "approve", "ja", "godkänn");
    private static final Set<String> REJECT = Set.of("reject", "avvisa");
    private static final int MAX_REASON = 1000;
    /** Leading punctuation ("*ok*" from bold HTML), the word, then whatever follows. */
    private static final Pattern LINE = Pattern.compile("[\\p{IsPunctuation}\\s]*(\\p{L}+)(.*)");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{IsPunctuation}\\s]*");

    /** The command on the first non-empty line of {@code trimmedText}; empty when there is none. */
    public Optional<Command> parse(String trimmedText) {
        Matcher m = LINE.matcher(firstLine(trimmedText));
        if (!m.matches()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        String rest = m.group(2);
        if (APPROVE.contains(word) && PUNCTUATION.matcher(rest).matches()) {
            return Optional.of(new Command(Decision.APPROVE, ""));
        }
        if (REJECT.contains(word) && (rest.isEmpty() || !Character.isLetterOrDigit(rest.charAt(0)))) {
            return Optional.of(new Command(Decision.REJECT, reason(rest)));
        }
        return Optional.empty();
    }

    /** The first non-empty line, stripped and in composed form (a Mac may send "godka\u0308nn"). */
    public static String firstLine(String text) {
        String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return Normalizer.normalize(line, Normalizer.Form.NFC);
    }

    private static String reason(String rest) {
        String reason = rest.replaceFirst("^[\\s:;,.\\-–—]+", "").strip();
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }
}
