package org.mail2blog.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void swedishLettersLoseTheirDotsAndRings() {
        assertThat(Slugs.of("Källsortering II – ett brev kom om pantburkarna"))
                .isEqualTo("kallsortering-ii-ett-brev-kom-om-pantburkarna");
        assertThat(Slugs.of("Åsa, Ärla och Örjan")).isEqualTo("asa-arla-och-orjan");
    }

    @Test
    void otherLettersAreSpelledInAscii() {
        assertThat(Slugs.of("Smørrebrød på café, Straße")).isEqualTo("smorrebrod-pa-cafe-strasse");
    }

    @Test
    void punctuationBecomesSingleDashesAndNoneAtTheEnds() {
        assertThat(Slugs.of("  »Vem granskar granskarna?« (del 2)!  ")).isEqualTo("vem-granskar-granskarna-del-2");
    }

    @Test
    void titleWithNothingUsableGetsTheFallback() {
        assertThat(Slugs.of("")).isEqualTo(Slugs.FALLBACK);
        assertThat(Slugs.of("!?… –")).isEqualTo(Slugs.FALLBACK);
    }

    @Test
    void longTitleIsCutAtADash() {
        String slug = Slugs.of("ord ".repeat(40));
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-").endsWith("ord");
    }

    @Test
    void takenSlugGetsTheFirstFreeNumber() {
        assertThat(Slugs.unique("titel", Set.of()::contains)).isEqualTo("titel");
        assertThat(Slugs.unique("titel", Set.of("titel")::contains)).isEqualTo("titel-2");
        assertThat(Slugs.unique("titel", Set.of("titel", "titel-2", "titel-3")::contains)).isEqualTo("titel-4");
    }

    @Test
    void wellFormedSlugsAreLowerCaseWordsJoinedBySingleDashes() {
        assertThat(Slugs.isWellFormed("kallsortering-ii")).isTrue();
        assertThat(Slugs.isWellFormed("2011")).isTrue();
        assertThat(Slugs.isWellFormed("Kompost")).isFalse();
        assertThat(Slugs.isWellFormed("kompost--2011")).isFalse();
        assertThat(Slugs.isWellFormed("-kompost")).isFalse();
        assertThat(Slugs.isWellFormed("kompost 2011")).isFalse();
        assertThat(Slugs.isWellFormed("kålsortering")).isFalse();
        assertThat(Slugs.isWellFormed("a".repeat(Slugs.MAX_TYPED_LENGTH + 1))).isFalse();
    }

    @Test
    void newIsReservedForTheAdminPage() {
        assertThat(Slugs.isReserved("new")).isTrue();
        assertThat(Slugs.isReserved("news")).isFalse();
    }
}
