package org.mail2blog.trim;

import java.util.List;
import org.mail2blog.trim.LineMarkers.Marker;

/**
 * Decides, over the {@link Marker}s alone, which lines of a reply are cut. One pass from the top,
 * so that every cut is explained by the line that caused it:
 * <ol>
 *   <li>a signature start or a mobile footer cuts that line and everything below it;</li>
 *   <li>an attribution, a header block or a separator does the same, except
 *     <ul>
 *       <li>above the writer's first own line (a bottom-post, or a forward sent without a word):
 *           then only the marker goes and what follows is read on;</li>
 *       <li>an attribution whose quotes the writer answers in between (quote, text, quote), or
 *           that follows nothing but a greeting: then only the attribution goes;</li>
 *     </ul>
 *   </li>
 *   <li>every other quoted line is removed on its own;</li>
 *   <li>a confidentiality notice at the end of what is left goes too.</li>
 * </ol>
 * A blank line goes with a removed line above it, unless it is the only thing that would separate
 * two kept paragraphs. Linear in the number of lines.
 */
final class RemovedLines {
    /** A greeting is one short line ("Hej Anna,", "Hi!"), not a sentence. */
    private static final int MAX_GREETING_LENGTH = 40;
    /** A signature block placed below a quote is a name and a title or two, not a paragraph. */
    private static final int MAX_SIGNATURE_LINES = 4;

    private final List<String> lines;
    private final Marker[] markers;
    private final boolean[] removed;
    /** For each line, the first line at or below it that is neither quoted nor blank. */
    private final int[] pastQuotes;
    /** For each line, the first line at or below it that is neither the writer's text nor blank. */
    private final int[] pastText;

    private RemovedLines(List<String> lines, Marker[] markers) {
        this.lines = lines;
        this.markers = markers;
        this.removed = new boolean[markers.length];
        this.pastQuotes = firstBelow(markers, Marker.QUOTE);
        this.pastText = firstBelow(markers, Marker.TEXT);
    }

    /** One flag per line: true when the line is cut. */
    static boolean[] find(List<String> lines) {
        RemovedLines decision = new RemovedLines(lines, LineMarkers.classify(lines));
        decision.cutFrom(decision.firstCut());
        decision.removeTrailingDisclaimers();
        decision.removeBlankLinesOfRemovedLines();
        return decision.removed;
    }

    /** The state machine of the class comment, steps 1 to 3; returns where everything is cut. */
    private int firstCut() {
        int textLines = 0;
        int firstText = -1;
        int i = 0;
        while (i < markers.length) {
            switch (markers[i]) {
                case TEXT -> {
                    firstText = textLines++ == 0 ? i : firstText;
                    i++;
                }
                case EMPTY -> i++;
                case QUOTE -> removed[i++] = true;
                case SIGNATURE, FOOTER -> {
                    return i;
                }
                case ATTRIBUTION, HEADER, SEPARATOR -> {
                    int end = runEnd(i);
                    boolean greeting = textLines == 1 && isGreeting(lines.get(firstText));
                    if (textLines > 0 && !(markers[i] == Marker.ATTRIBUTION && isAnswered(end, greeting))) {
                        return i;
                    }
                    for (; i <= end; i++) {
                        removed[i] = true;
                    }
                }
            }
        }
        return markers.length;
    }

    /** The last line of the run of equal markers starting at {@code start}. */
    private int runEnd(int start) {
        int end = start;
        while (end + 1 < markers.length && markers[end + 1] == markers[start]) {
            end++;
        }
        return end;
    }

    /** True when quotes follow the attribution ending at {@code end} and the writer answers them. */
    private boolean isAnswered(int end, boolean afterGreeting) {
        int quote = end + 1;
        while (quote < markers.length && markers[quote] == Marker.EMPTY) {
            quote++;
        }
        if (quote >= markers.length || markers[quote] != Marker.QUOTE) {
            return false;
        }
        int answer = pastQuotes[quote];
        if (answer >= markers.length || markers[answer] != Marker.TEXT) {
            return false;
        }
        // After a whole reply, one quote and a few short lines is a top-post with the signature
        // placed below the quote, as Thunderbird does (thunderbird-sv-signature-below-quote). Prose
        // below the quote is the writer answering it (thunderbird-en-answer-below-quote), and so
        // is anything followed by a second quote, or a quote with only a greeting above it.
        int next = pastText[answer];
        return afterGreeting || (next < markers.length && markers[next] == Marker.QUOTE)
                || !isSignatureLike(answer, next);
    }

    /** At most a few lines: a name, a title, a phone number, a closing remark. */
    private boolean isSignatureLike(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (markers[i] == Marker.TEXT && ++count > MAX_SIGNATURE_LINES) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGreeting(String line) {
        String stripped = line.strip();
        char last = stripped.charAt(stripped.length() - 1);
        return stripped.length() <= MAX_GREETING_LENGTH && last != '.' && last != '?';
    }

    private void cutFrom(int cut) {
        for (int i = cut; i < removed.length; i++) {
            removed[i] = true;
        }
    }

    /** Step 4: notices at the end go, paragraph by paragraph, while another kept paragraph is above. */
    private void removeTrailingDisclaimers() {
        int last = lastKept(removed.length - 1);
        while (last >= 0) {
            int first = last;
            while (first > 0 && !removed[first - 1] && markers[first - 1] != Marker.EMPTY) {
                first--;
            }
            int above = lastKept(first - 1);
            if (above < 0 || !Disclaimers.isDisclaimer(paragraph(first, last))) {
                return;
            }
            cutRange(first, last);
            last = above;
        }
    }

    /** The lines joined with spaces, as far as {@link Disclaimers} looks. */
    private CharSequence paragraph(int from, int to) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = from; i <= to && paragraph.length() < Disclaimers.MAX_LOOKED_AT; i++) {
            paragraph.append(lines.get(i)).append(' ');
        }
        return paragraph;
    }

    private void cutRange(int from, int to) {
        for (int i = from; i <= to; i++) {
            removed[i] = true;
        }
    }

    /** The last kept line at or above {@code from} that is not blank, or -1. */
    private int lastKept(int from) {
        int i = from;
        while (i >= 0 && (removed[i] || markers[i] == Marker.EMPTY)) {
            i--;
        }
        return i;
    }

    /** A blank line below a removed line goes, unless it separates two kept paragraphs. */
    private void removeBlankLinesOfRemovedLines() {
        boolean keptTextAbove = false;
        boolean keptBlankAbove = false;
        for (int i = 0; i < removed.length; i++) {
            if (markers[i] == Marker.EMPTY && !removed[i] && i > 0 && removed[i - 1]) {
                removed[i] = !keptTextAbove || keptBlankAbove;
            }
            if (!removed[i]) {
                keptBlankAbove = markers[i] == Marker.EMPTY;
                keptTextAbove = keptTextAbove || !keptBlankAbove;
            }
        }
    }

    /** For each line, the first line at or below it whose marker is neither {@code skipped} nor blank. */
    private static int[] firstBelow(Marker[] markers, Marker skipped) {
        int[] first = new int[markers.length + 1];
        first[markers.length] = markers.length;
        for (int i = markers.length - 1; i >= 0; i--) {
            first[i] = markers[i] == skipped || markers[i] == Marker.EMPTY ? first[i + 1] : i;
        }
        return first;
    }
}
