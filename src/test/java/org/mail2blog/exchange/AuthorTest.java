package org.mail2blog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Maja Ekström <Maja.Ekstrom@example.com>              | Maja Ekström | maja.ekstrom@example.com",
        "Tom Reed [mailto:tom.reed@example.com]               | Tom Reed     | tom.reed@example.com",
        "*Tom Reed* <mailto:tom.reed@example.com>             | Tom Reed     | tom.reed@example.com",
        "'\"Reed, Tom\" <tom.reed@example.com>'               | Reed, Tom    | tom.reed@example.com",
        "Helen Carter < helen.carter@example.com>             | Helen Carter | helen.carter@example.com",
        "tom.reed@example.com                                 | ''           | tom.reed@example.com",
        "Olof Sandell                                         | Olof Sandell | ''"})
    void readsTheWriterAsClientsPrintIt(String printed, String name, String address) {
        assertThat(Author.parse(printed)).isEqualTo(new Author(name, address));
    }
}
