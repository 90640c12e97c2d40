package org.mail2blog.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * The order in which tables can be filled without breaking a foreign key: every table after the
 * tables it references; otherwise alphabetical, so the progress reads the same on every run. A
 * table's reference to itself is left to the row order (rows are copied in primary-key order).
 */
final class TableOrder {
    private TableOrder() {
    }

    /** {@code references}: each table (lower-case) and the tables it references. */
    static List<String> of(SortedMap<String, Set<String>> references) throws CopyRefused {
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < references.size()) {
            String next = references.entrySet().stream()
                    .filter(e -> !placed.contains(e.getKey()) && isReady(e, placed, references))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new CopyRefused("the foreign keys between the tables "
                            + unplaced(references, placed) + " form a cycle; the copier cannot order them"));
            placed.add(next);
        }
        return new ArrayList<>(placed);
    }

    private static boolean isReady(Map.Entry<String, Set<String>> table, Set<String> placed, Map<String, Set<String>> all) {
        return table.getValue().stream()
                .allMatch(r -> r.equals(table.getKey()) || placed.contains(r) || !all.containsKey(r));
    }

    private static List<String> unplaced(Map<String, Set<String>> all, Set<String> placed) {
        return all.keySet().stream().filter(t -> !placed.contains(t)).toList();
    }
}
