package org.mail2blog.trim;

import java.util.List;

/** A short, readable account of how two texts differ line by line, for failing fixtures. */
final class LineDiff {
    /** How many differing lines are shown per side. */
    private static final int SHOWN = 4;

    private LineDiff() {
    }

    /** "name: expected N lines, got M; first difference at line K", then a few lines of each side. */
    static String summary(String name, String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        int first = 0;
        while (first < want.size() && first < got.size() && want.get(first).equals(got.get(first))) {
            first++;
        }
        StringBuilder out = new StringBuilder("  ").append(name).append(": expected ").append(want.size())
                .append(" lines, got ").append(got.size()).append("; first difference at line ").append(first + 1).append('\n');
        append(out, "    - ", want, first);
        append(out, "    + ", got, first);
        return out.toString();
    }

    private static void append(StringBuilder out, String prefix, List<String> lines, int from) {
        for (int i = from; i < lines.size() && i < from + SHOWN; i++) {
            String line = lines.get(i);
            out.append(prefix).append(line.length() > 100 ? line.substring(0, 100) + "…" : line).append('\n');
        }
    }
}
