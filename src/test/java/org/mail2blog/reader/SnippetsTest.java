package org.mail2blog.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetsTest {
    @Test
    void shortTextIsShownWholeOnOneLine() {
        assertThat(Snippets.around("Hej!\n\nEtt eget kärl.\nMvh", List.of("kärl"))).isEqualTo("Hej! Ett eget kärl. Mvh");
    }

    @Test
    void longTextIsCutAroundTheMatchAtWordBoundaries() {
        String text = "början ".repeat(40) + "Glaset går i ett eget KÄRL på gården. " + "slutet ".repeat(60);
        String snippet = Snippets.around(text, List.of("kärl"));
        assertThat(snippet).startsWith("… ").endsWith(" …").contains("eget KÄRL på gården");
        assertThat(snippet.length()).isLessThanOrEqualTo(Snippets.CHARS + 4);
        assertThat(snippet.substring(2)).startsWith("början ");
    }
}
