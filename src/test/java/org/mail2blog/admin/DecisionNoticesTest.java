package org.mail2blog.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mail2blog.moderation.BulkOutcome;
import org.mail2blog.moderation.Decision;
import org.mail2blog.moderation.Outcome;

class DecisionNoticesTest {
    @Test
    void oneDecisionSaysWhatWasDoneOrWhyNot() {
        assertThat(DecisionNotices.of(3, DecisionNotices.Action.SPAM, Outcome.DONE))
                .isEqualTo("Letter 3 set aside as spam; its sender is banned.");
        assertThat(DecisionNotices.of(3, DecisionNotices.Action.APPROVE, Outcome.UNMATCHED))
                .startsWith("Letter 3: it matches no conversation").contains("attach it to one first");
        assertThat(DecisionNotices.of(3, DecisionNotices.Action.EDIT_AND_APPROVE, Outcome.INVALID))
                .contains("must not be empty");
    }

    @Test
    void aBulkDecisionCountsWhatWasDoneAndListsEachRefusal() {
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        outcomes.put(4L, Outcome.DONE);
        outcomes.put(5L, Outcome.UNMATCHED);
        outcomes.put(6L, Outcome.DONE);
        outcomes.put(7L, Outcome.ALREADY_DECIDED);
        assertThat(DecisionNotices.of(new BulkOutcome(Decision.APPROVE, outcomes)))
                .startsWith("2 of 4 letters published (4, 6). Not done: letter 5: it matches no conversation")
                .contains("; letter 7: it was already decided");
        assertThat(DecisionNotices.of(new BulkOutcome(Decision.REJECT, Map.of(4L, Outcome.DONE))))
                .isEqualTo("1 of 1 letters rejected (4).");
        assertThat(DecisionNotices.of(new BulkOutcome(Decision.REJECT, Map.of())))
                .isEqualTo("Tick at least one letter for a bulk decision.");
    }
}
