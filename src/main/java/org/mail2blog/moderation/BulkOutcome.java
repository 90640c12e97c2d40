package org.mail2blog.moderation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What became of one bulk decision: each letter's own outcome, in the order the letters were given.
 *
 * @param decision what was decided
 * @param outcomes each letter's outcome, by letter id
 */
public record BulkOutcome(Decision decision, Map<Long, Outcome> outcomes) {
    public BulkOutcome {
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    }

    /** The letters that were decided. */
    public List<Long> done() {
        return outcomes.entrySet().stream().filter(e -> e.getValue() == Outcome.DONE).map(Map.Entry::getKey).toList();
    }

    /** The letters that could not take the decision, with the reason. */
    public Map<Long, Outcome> refused() {
        Map<Long, Outcome> refused = new LinkedHashMap<>(outcomes);
        refused.values().removeIf(o -> o == Outcome.DONE);
        return Collections.unmodifiableMap(refused);
    }
}
