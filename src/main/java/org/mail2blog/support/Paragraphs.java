package org.mail2blog.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Splits plain text into paragraphs (separated by blank lines), each a list of its lines. */
public final class Paragraphs {
    private Paragraphs() {
    }

    public static List<List<String>> of(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (String block : text.strip().split("\\n\\s*\\n")) {
            List<String> lines = Arrays.stream(block.split("\\n")).map(String::stripTrailing)
                    .filter(l -> !l.isBlank()).toList();
            if (!lines.isEmpty()) {
                paragraphs.add(lines);
            }
        }
        return paragraphs;
    }
}
