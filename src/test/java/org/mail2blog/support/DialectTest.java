package org.mail2blog.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialectTest {
    @Test
    void knowsH2AndPostgresqlUrlsOnly() {
        assertThat(Dialect.ofUrl("jdbc:h2:file:./data/mail2blog;AUTO_SERVER=TRUE")).contains(Dialect.H2);
        assertThat(Dialect.ofUrl("jdbc:postgresql://db.example.com:5432/mail2blog")).contains(Dialect.POSTGRESQL);
        assertThat(Dialect.ofUrl("jdbc:mysql://db.example.com/mail2blog")).isEmpty();
    }

    @Test
    void urlWithoutParametersShowsNoPassword() {
        assertThat(Dialect.withoutParameters("jdbc:postgresql://db.example.com/blogg?user=blogg&password=hemligt"))
                .isEqualTo("jdbc:postgresql://db.example.com/blogg");
        assertThat(Dialect.withoutParameters("jdbc:h2:file:./data/mail2blog;AUTO_SERVER=TRUE;PASSWORD=x"))
                .isEqualTo("jdbc:h2:file:./data/mail2blog");
        assertThat(Dialect.withoutParameters("jdbc:h2:mem:plain")).isEqualTo("jdbc:h2:mem:plain");
    }
}
