package org.mail2blog.mime;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes {@code format=flowed} (RFC 3676): joins soft-broken lines (a line ending in a space
 * continues on the next line of the same quote depth), removes space-stuffing, and with
 * {@code DelSp=yes} also deletes the space that marked the soft break.
 */
final class FlowedText {
    private static final String SIGNATURE_DELIMITER = "-- ";

    private FlowedText() {
    }

    /** Unflows {@code text}, which must already use {@code \n} line ends. */
    static String unflow(String text, boolean delSp) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int paragraphDepth = -1;
        for (String raw : text.split("\n", -1)) {
            int depth = quoteDepth(raw);
            String content = unstuff(raw.substring(depth));
            if (paragraphDepth >= 0 && depth != paragraphDepth) {
                // RFC 3676 §4.5: a quote-depth change ends the paragraph even after a soft break.
                out.add(render(paragraphDepth, paragraph));
                paragraph.setLength(0);
                paragraphDepth = -1;
            }
            boolean soft = content.endsWith(" ") && !content.equals(SIGNATURE_DELIMITER);
            paragraph.append(soft && delSp ? content.substring(0, content.length() - 1) : content);
            paragraphDepth = depth;
            if (!soft) {
                out.add(render(depth, paragraph));
                paragraph.setLength(0);
                paragraphDepth = -1;
            }
        }
        if (paragraphDepth >= 0) {
            out.add(render(paragraphDepth, paragraph));
        }
        return String.join("\n", out);
    }

    private static int quoteDepth(String line) {
        int depth = 0;
        while (depth < line.length() && line.charAt(depth) == '>') {
            depth++;
        }
        return depth;
    }

    private static String unstuff(String content) {
        return content.startsWith(" ") ? content.substring(1) : content;
    }

    private static String render(int depth, CharSequence paragraph) {
        return depth == 0 ? paragraph.toString() : ">".repeat(depth) + " " + paragraph;
    }
}
