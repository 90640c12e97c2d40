package org.mail2blog.trim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.mail2blog.support.Lines;

/**
 * Cuts quoted history, attributions, forwarded-mail headers, signatures, mobile footers and
 * trailing confidentiality notices from a reply, keeping the writer's own words including greeting,
 * sign-off, lists, code and sentences quoted in prose. Each line is classified by
 * {@link LineMarkers}; which lines go is then decided over the markers alone (see
 * {@code RemovedLines}), so every cut can be explained by the line that caused it.
 *
 * <p>Nothing is lost: every line ends up in exactly one of {@link Trimmed#kept()} and
 * {@link Trimmed#removed()}. Should the trimmer itself fail, the whole body is kept and
 * {@link Trimmed#warning()} says why (STYLE §5.5). Trimming is linear in the size of the text.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class ReplyTrimmer {
    private final Function<List<String>, boolean[]> removedLines;

    /** The trimmer the service uses. */
    public ReplyTrimmer() {
        this(RemovedLines::find);
    }

    /** A trimmer with another decision, one flag per line; the seam that tests the fallback. */
    ReplyTrimmer(Function<List<String>, boolean[]> removedLines) {
        this.removedLines = Objects.requireNonNull(removedLines, "removedLines");
    }

    /** Splits {@code text} (any line ends) into the writer's words and what was cut away. */
    public Trimmed trim(String text) {
        Objects.requireNonNull(text, "text");
        String body = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = body.lines().toList();
        boolean[] removed;
        try {
            removed = removedLines.apply(lines);
        } catch (RuntimeException bug) {
            // The trimmer's own boundary, and the one place where a bug in its heuristics must not
            // cost the letter: the writer's words are published whole and the admin sees why.
            return fallback(body, bug.toString());
        }
        if (removed.length != lines.size()) {
            return fallback(body, removed.length + " decisions for " + lines.size() + " lines");
        }
        return assemble(lines, removed);
    }

    private static Trimmed fallback(String body, String why) {
        return new Trimmed(body, "", Optional.of("trimmer failed: " + why + "; the whole body was kept"));
    }

    private static Trimmed assemble(List<String> lines, boolean[] removed) {
        List<String> kept = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            (removed[i] ? cut : kept).add(lines.get(i));
        }
        return new Trimmed(Lines.joinWithoutBlankEnds(kept), Lines.joinWithoutBlankEnds(cut));
    }
}
