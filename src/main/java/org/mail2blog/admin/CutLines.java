package org.mail2blog.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Shows which lines of a mail's text the reply trimmer cut away. The trimmer stores two texts, the
 * kept body and the removed lines, each without blank lines at its ends; this class finds the one
 * way the original's lines interleave those two, line by line, and marks each original line kept or
 * cut. Kept lines may differ from the original where our tokens were scrubbed, so a kept line is
 * compared with the original line as it would have been stored.
 *
 * <p>Blank lines are not compared: a blank line counts as cut when the nearest lines above and below
 * it are cut. When the lines cannot be aligned (the body was edited, or the letter was taken from a
 * forwarded exchange rather than trimmed from this text) there is no answer, and the caller shows
 * the removed text as a block instead. Time and memory grow with original lines × kept lines; past
 * {@value #MAX_CELLS} cells there is no answer either. Stateless and thread-safe.
 */
public final class CutLines {
    /** The largest alignment table we build (lines of the original times kept lines). */
    static final long MAX_CELLS = 4_000_000L;

    /**
     * One line of the original text.
     *
     * @param text  the line as the mail had it
     * @param isCut true when the trimmer removed it
     */
    public record Line(String text, boolean isCut) {
    }

    private CutLines() {
    }

    /**
     * Marks the lines of {@code original} that went into {@code removed}.
     *
     * @param original the text the trimmer was given
     * @param kept     the stored body (after scrubbing)
     * @param removed  the stored removed text
     * @param asStored what scrubbing makes of an original line
     * @return each line of the original, marked; empty when the texts do not align
     */
    public static Optional<List<Line>> align(String original, String kept, String removed,
                                             UnaryOperator<String> asStored) {
        List<String> lines = original.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                filled.add(i);
            }
        }
        List<String> keptLines = nonBlank(kept);
        List<String> removedLines = nonBlank(removed);
        if (filled.size() != keptLines.size() + removedLines.size()
                || (long) (filled.size() + 1) * (keptLines.size() + 1) > MAX_CELLS) {
            return Optional.empty();
        }
        List<String> filledText = filled.stream().map(lines::get).toList();
        return new Alignment(filledText, keptLines, removedLines, asStored).cutFlags()
                .map(cut -> marked(lines, filled, cut));
    }

    private static List<String> nonBlank(String text) {
        return text.replace("\r\n", "\n").lines().filter(line -> !line.isBlank()).toList();
    }

    /** Every original line with its flag; a blank line takes the flag its filled neighbours agree on. */
    private static List<Line> marked(List<String> lines, List<Integer> filled, boolean[] cut) {
        boolean[] lineCut = new boolean[lines.size()];
        for (int f = 0; f < filled.size(); f++) {
            lineCut[filled.get(f)] = cut[f];
        }
        List<Line> result = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < lines.size(); i++) {
            while (next < filled.size() && filled.get(next) < i) {
                next++;
            }
            boolean blankCut = lines.get(i).isBlank() && !filled.isEmpty()
                    && (next == 0 || cut[next - 1]) && (next == filled.size() || cut[next]);
            result.add(new Line(lines.get(i), lines.get(i).isBlank() ? blankCut : lineCut[i]));
        }
        return result;
    }

    /**
     * The interleaving as a table: {@code reach[i][j]} says whether the first {@code i} filled lines
     * of the original can be the first {@code j} kept lines and the first {@code i - j} removed ones.
     */
    private record Alignment(List<String> original, List<String> kept, List<String> removed,
                             UnaryOperator<String> asStored) {

        Optional<boolean[]> cutFlags() {
            int width = kept.size() + 1;
            boolean[] reach = new boolean[(original.size() + 1) * width];
            reach[0] = true;
            for (int i = 0; i < original.size(); i++) {
                for (int j = Math.max(0, i - removed.size()); j <= Math.min(i, kept.size()); j++) {
                    if (reach[i * width + j]) {
                        if (isKept(i, j)) {
                            reach[(i + 1) * width + j + 1] = true;
                        }
                        reach[(i + 1) * width + j] |= isRemoved(i, i - j);
                    }
                }
            }
            return reach[original.size() * width + kept.size()] ? Optional.of(path(reach, width)) : Optional.empty();
        }

        /** Walks the table back from the end, choosing a step that was possible. */
        private boolean[] path(boolean[] reach, int width) {
            boolean[] cut = new boolean[original.size()];
            int j = kept.size();
            for (int i = original.size(); i > 0; i--) {
                boolean viaKept = j > 0 && reach[(i - 1) * width + j - 1] && isKept(i - 1, j - 1);
                cut[i - 1] = !viaKept;
                j -= viaKept ? 1 : 0;
            }
            return cut;
        }

        private boolean isKept(int line, int keptLine) {
            if (keptLine >= kept.size()) {
                return false;
            }
            String text = original.get(line);
            return text.equals(kept.get(keptLine)) || asStored.apply(text).equals(kept.get(keptLine));
        }

        private boolean isRemoved(int line, int removedLine) {
            return removedLine < removed.size() && original.get(line).equals(removed.get(removedLine));
        }
    }
}
