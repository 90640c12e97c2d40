package org.mail2blog.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void matchesWithoutRegardToCaseAndGivesTheLabelAsWritten() {
        assertThat(Labels.find(List.of("Politik", "Miljö"), "MILJÖ")).contains("Miljö");
        assertThat(Labels.find(List.of(" Återvinning "), "återvinning")).contains(" Återvinning ");
    }

    @Test
    void partOfALabelIsNoMatch() {
        assertThat(Labels.find(List.of("Miljöpolitik"), "miljö")).isEmpty();
    }

    @Test
    void blankLabelMatchesNothing() {
        assertThat(Labels.find(List.of("", "Politik"), " ")).isEmpty();
    }
}
