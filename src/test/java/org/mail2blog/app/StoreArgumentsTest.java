package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class StoreArgumentsTest {

    @Test
    void separatesTheFileFromTheOptions() throws CommandRefused {
        StoreArguments a = StoreArguments.parse("restore", List.of("blog.zip", "--to", "jdbc:h2:file:./ny", "--user", "sa"));
        assertThat(a.positional()).containsExactly("blog.zip");
        assertThat(a.option("--to")).contains("jdbc:h2:file:./ny");
        assertThat(a.option("--user")).contains("sa");
        assertThat(a.option("--password")).isEmpty();
    }

    @Test
    void refusesAnOptionWithoutItsValueAsWrongUsage() {
        assertThatThrownBy(() -> StoreArguments.parse("migrate-db", List.of("--to")))
                .isInstanceOf(CommandRefused.class).hasMessage("migrate-db: --to needs a value")
                .extracting(e -> ((CommandRefused) e).exitCode()).isEqualTo(2);
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatThrownBy(() -> StoreArguments.parse("backup", List.of("--force", "blog.zip")))
                .isInstanceOf(CommandRefused.class).hasMessage("backup: unknown option --force");
    }
}
