package org.mail2blog.thread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SubjectsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Re: Källsortering II          | Källsortering II",
            "RE: RE: Källsortering II      | Källsortering II",
            "Sv: SV: Källsortering II      | Källsortering II",
            "AW: Källsortering II          | Källsortering II",
            "VS: Vs: Källsortering II      | Källsortering II",
            "Antw: Källsortering II        | Källsortering II",
            "Fwd: Fw: Källsortering II     | Källsortering II",
            "VB: WG: Källsortering II      | Källsortering II",
            "Odp: R: Rif: Källsortering II | Källsortering II",
            "[Blog] Re: [Blog] Sv: Titel   | Titel",
            "Re[2]: AW(3): Titel           | Titel",
            "re :Titel                     | Titel",
    })
    void takesOffReplyAndForwardPrefixesAndTags(String subject, String expected) {
        assertThat(Subjects.withoutPrefixes(subject)).isEqualTo(expected);
    }

    @Test
    void collapsesWhitespaceAndKeepsTheLetterCase() {
        assertThat(Subjects.withoutPrefixes("  Sv:   Ett   brev\t kom  ")).isEqualTo("Ett brev kom");
    }

    @Test
    void keepsWordsThatOnlyBeginLikeAPrefix() {
        assertThat(Subjects.withoutPrefixes("Resan till Visby")).isEqualTo("Resan till Visby");
        assertThat(Subjects.withoutPrefixes("Svar utan kolon")).isEqualTo("Svar utan kolon");
        assertThat(Subjects.withoutPrefixes("Titel: Re: mitt i")).isEqualTo("Titel: Re: mitt i");
    }

    @Test
    void keyComparesWithoutLetterCase() {
        assertThat(Subjects.key("SV: KÄLLSORTERING ii")).isEqualTo(Subjects.key("Källsortering II"));
    }

    @Test
    void subjectOfOnlyPrefixesIsEmpty() {
        assertThat(Subjects.key("Re: [Blog] Fwd:")).isEmpty();
    }
}
