package org.mail2blog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LobSpoolTest {

    @Test
    void keepsASmallValueInMemory() throws IOException {
        try (LobSpool spool = LobSpool.ofBytes(new ByteArrayInputStream(new byte[] {1, 2, 3}))) {
            assertThat(spool.isSpooledToFile()).isFalse();
            assertThat(spool.length()).isEqualTo(3);
            assertThat(spool.openBytes().readAllBytes()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void spoolsALargeValueToAFileAndGivesBackTheSameBytes() throws IOException {
        byte[] raw = new byte[LobSpool.IN_MEMORY_LIMIT * 3 + 17];
        new Random(7).nextBytes(raw);
        try (LobSpool spool = LobSpool.ofBytes(new ByteArrayInputStream(raw))) {
            assertThat(spool.isSpooledToFile()).isTrue();
            assertThat(spool.inMemory()).isZero();
            assertThat(spool.length()).isEqualTo(raw.length);
            assertThat(spool.openBytes().readAllBytes()).isEqualTo(raw);
        }
    }

    @Test
    void countsALargeTextInCharactersAndKeepsÅäö() throws IOException {
        String text = "Hej på dig, åäö ÅÄÖ! ".repeat(LobSpool.IN_MEMORY_LIMIT / 10);
        try (LobSpool spool = LobSpool.ofCharacters(new StringReader(text))) {
            assertThat(spool.isSpooledToFile()).isTrue();
            assertThat(spool.length()).isEqualTo(text.length());
            try (Reader back = spool.openCharacters()) {
                StringWriter read = new StringWriter();
                back.transferTo(read);
                assertThat(read.toString()).isEqualTo(text);
            }
        }
    }
}
