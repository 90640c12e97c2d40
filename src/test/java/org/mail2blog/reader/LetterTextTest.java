package org.mail2blog.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mail2blog.reader.LetterText.Block;
import org.mail2blog.reader.LetterText.Piece;

class LetterTextTest {
    private static Piece text(String text) {
        return new Piece(text, "");
    }

    private static Piece link(String url) {
        return new Piece(url, url);
    }

    @Test
    void webAddressBecomesALinkBetweenItsText() {
        assertThat(LetterText.pieces("Läs https://example.com/kärl?a=1&b=2 först"))
                .containsExactly(text("Läs "), link("https://example.com/kärl?a=1&b=2"), text(" först"));
    }

    @Test
    void mailtoAndPlainHttpBecomeLinks() {
        assertThat(LetterText.pieces("Skriv till mailto:lena@example.com eller se http://example.org"))
                .filteredOn(Piece::isLink).extracting(Piece::href)
                .containsExactly("mailto:lena@example.com", "http://example.org");
    }

    @Test
    void javascriptAndDataAddressesStayText() {
        assertThat(LetterText.pieces("javascript:alert(1) data:text/html;base64,PHNjcmlwdD4= vbscript:x"))
                .noneMatch(Piece::isLink);
    }

    @Test
    void javascriptBeforeAWebAddressLinksOnlyTheWebAddress() {
        assertThat(LetterText.pieces("javascript:https://example.com/")).filteredOn(Piece::isLink)
                .extracting(Piece::href).containsExactly("https://example.com/");
    }

    @Test
    void sentencePunctuationAfterALinkStaysOutsideIt() {
        assertThat(LetterText.pieces("Se (https://example.com/sida). Sedan https://example.com/a_(b)!"))
                .filteredOn(Piece::isLink).extracting(Piece::href)
                .containsExactly("https://example.com/sida", "https://example.com/a_(b)");
    }

    @Test
    void markupStaysAsTextForTheTemplateToEscape() {
        assertThat(LetterText.pieces("<b>fet</b> https://example.com/\"onmouseover=x"))
                .containsExactly(text("<b>fet</b> "), link("https://example.com/"), text("\"onmouseover=x"));
    }

    @Test
    void schemeWithoutAddressIsNoLink() {
        assertThat(LetterText.pieces("Börjar med https:// och mailto: bara")).noneMatch(Piece::isLink);
    }

    @Test
    void quotedLinesInsideAParagraphBecomeAQuotation() {
        List<Block> blocks = LetterText.blocks(List.of(List.of("Du skrev:", "> Glas i eget kärl", "> på gården", "Precis.")));
        assertThat(blocks).extracting(Block::isQuote).containsExactly(false, true, false);
        assertThat(blocks.get(1).lines()).containsExactly(List.of(text("Glas i eget kärl")), List.of(text("på gården")));
    }

    @Test
    void paragraphsStayApart() {
        assertThat(LetterText.blocks(List.of(List.of("Hej!"), List.of("Mvh", "Åsa"))))
                .extracting(b -> b.lines().size()).containsExactly(1, 2);
    }
}
