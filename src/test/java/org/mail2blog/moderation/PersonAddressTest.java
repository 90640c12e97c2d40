package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mail2blog.blog.ReplyAddress;

class PersonAddressTest {
    private static final ReplyAddress OURS = new ReplyAddress("blog@example.com");

    @ParameterizedTest
    @ValueSource(strings = {"asa.oberg@example.com", "Asa.Oberg@Example.COM", "nils+blogg@example.org",
            "åsa@exempel.se", "no.reply.fan@example.com"})
    void aPlainAddressIsAPersons(String address) {
        assertThat(PersonAddress.isPerson(address, OURS)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "asa.oberg", "@example.com", "asa@", "a@b@example.com", "Åsa <asa@example.com>",
            "asa@example.com, nils@example.com", "asa oberg@example.com"})
    void somethingElseThanOneAddressIsNot(String address) {
        assertThat(PersonAddress.isPerson(address, OURS)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postmaster@example.com", "MAILER-DAEMON@example.com", "noreply@example.com",
            "no-reply@example.com", "noreply-kvitton@example.com", "donotreply@example.com", "bounces@example.com",
            "kompost-request@lists.example.com", "kompost-bounces@lists.example.com", "owner-kompost@example.com",
            "listserv@example.com"})
    void mailSystemsAndNoReplySendersAreNot(String address) {
        assertThat(PersonAddress.isPerson(address, OURS)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"blog@example.com", "Blog+k3xm9q2rtv7wzp4nbc8d@Example.com"})
    void theBlogItselfIsNot(String address) {
        assertThat(PersonAddress.isPerson(address, OURS)).isFalse();
    }
}
