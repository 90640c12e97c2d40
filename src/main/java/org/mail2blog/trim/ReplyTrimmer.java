package org.mail2blog.trim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mail2blog.trim.LineMarkers.Marker;

/**
 * Cuts quoted history, attributions, signatures and mobile footers from a reply, keeping the
 * writer's own words including greeting and sign-off. Each line is first classified by
 * {@link LineMarkers}; the decision is then made over the markers alone, so every cut can be
 * explained by the line that caused it:
 * <ol>
 *   <li>a signature delimiter, an "Original Message" separator, an Outlook header block or a mobile
 *       footer cuts that line and everything after it;</li>
 *   <li>an attribution ("On ... wrote:") cuts everything after it too, unless the writer answers
 *       between the quotes that follow (an interleaved reply): then only the attribution goes;</li>
 *   <li>every remaining "&gt;" quoted line is removed on its own.</li>
 * </ol>
 * A blank line goes with the line above it. Nothing is lost: every line ends up in exactly one of
 * {@link Trimmed#kept()} and {@link Trimmed#removed()}.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class ReplyTrimmer {
    private static final Set<Marker> HARD_CUTS = Set.of(Marker.SIGNATURE, Marker.SEPARATOR, Marker.HEADER, Marker.FOOTER);

    /** Splits {@code text} (any line ends) into the writer's words and what was cut away. */
    public Trimmed trim(String text) {
        Objects.requireNonNull(text, "text");
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        try {
            return assemble(lines, removedLines(lines, LineMarkers.classify(lines)));
        } catch (IndexOutOfBoundsException bug) {
            // The decision is index arithmetic over the markers; should it ever step outside them,
            // publishing the whole reply is better than losing it (STYLE §5.5).
            return Trimmed.untouched(text);
        }
    }

    private static boolean[] removedLines(List<String> lines, Marker[] markers) {
        boolean[] removed = new boolean[markers.length];
        int cut = firstHardCut(lines, markers);
        for (int i = 0; i < cut; i++) {
            if (markers[i] == Marker.ATTRIBUTION && !isInterleaved(markers, i, cut)) {
                cut = i;
            }
            removed[i] = markers[i] == Marker.QUOTE || markers[i] == Marker.ATTRIBUTION;
        }
        for (int i = 0; i < markers.length; i++) {
            if (i >= cut) {
                removed[i] = true;
            } else if (markers[i] == Marker.EMPTY) {
                removed[i] = i > 0 && removed[i - 1];
            }
        }
        return removed;
    }

    /** The first hard cut; an Outlook header block takes its "____" rule line with it. */
    private static int firstHardCut(List<String> lines, Marker[] markers) {
        for (int i = 0; i < markers.length; i++) {
            if (HARD_CUTS.contains(markers[i])) {
                return markers[i] == Marker.HEADER ? withRuleAbove(lines, markers, i) : i;
            }
        }
        return markers.length;
    }

    private static int withRuleAbove(List<String> lines, Marker[] markers, int header) {
        int above = header - 1;
        while (above >= 0 && markers[above] == Marker.EMPTY) {
            above--;
        }
        // Outlook (desktop and web) draws a line of underscores above the header block (outlook-swedish-header-block).
        return above >= 0 && lines.get(above).strip().matches("_{8,}") ? above : header;
    }

    /**
     * True when the attribution at {@code start} is followed by quotes and then by the writer's
     * own text before {@code cut}: the writer answers between the quotes.
     */
    private static boolean isInterleaved(Marker[] markers, int start, int cut) {
        int i = start;
        while (i < cut && (markers[i] == Marker.ATTRIBUTION || markers[i] == Marker.EMPTY)) {
            i++;
        }
        if (i >= cut || markers[i] != Marker.QUOTE) {
            return false;
        }
        for (; i < cut; i++) {
            if (markers[i] == Marker.TEXT) {
                return true;
            }
        }
        return false;
    }

    private static Trimmed assemble(List<String> lines, boolean[] removed) {
        List<String> kept = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            (removed[i] ? cut : kept).add(lines.get(i));
        }
        return new Trimmed(joinTrimmed(kept), joinTrimmed(cut));
    }

    /** Joins lines with {@code \n}, without blank lines at either end. */
    private static String joinTrimmed(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return String.join("\n", lines.subList(from, to));
    }
}
