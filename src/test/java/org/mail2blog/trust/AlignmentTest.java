package org.mail2blog.trust;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mail2blog.trust.Alignment.Relation;

class AlignmentTest {

    @Test
    void sameDomainAlignsIgnoringCaseAndTrailingDot() {
        assertThat(Alignment.relate("Example.COM.", "example.com")).isEqualTo(Relation.SAME);
    }

    @Test
    void subdomainAlignsWithItsOrganizationalDomainBothWays() {
        assertThat(Alignment.relate("mail.example.com", "example.com")).isEqualTo(Relation.SAME_ORGANIZATION);
        assertThat(Alignment.relate("example.com", "news.example.com")).isEqualTo(Relation.SAME_ORGANIZATION);
        assertThat(Alignment.relate("a.b.example.com", "c.example.com")).isEqualTo(Relation.SAME_ORGANIZATION);
    }

    @Test
    void differentOrganizationsDoNotAlign() {
        assertThat(Alignment.relate("mailer.example.net", "example.com")).isEqualTo(Relation.UNRELATED);
        assertThat(Alignment.relate("example.com.evil.example", "example.com")).isEqualTo(Relation.UNRELATED);
        assertThat(Alignment.relate("notexample.com", "example.com")).isEqualTo(Relation.UNRELATED);
    }

    @Test
    void twoRegistrationsUnderAMultiLabelPublicSuffixDoNotAlign() {
        assertThat(Alignment.relate("other.co.uk", "example.co.uk")).isEqualTo(Relation.UNRELATED);
        assertThat(Alignment.relate("mail.example.co.uk", "example.co.uk")).isEqualTo(Relation.SAME_ORGANIZATION);
    }

    @Test
    void aPublicSuffixAlignsWithNothingButItself() {
        assertThat(Alignment.relate("co.uk", "example.co.uk")).isEqualTo(Relation.UNRELATED);
        assertThat(Alignment.relate("com", "example.com")).isEqualTo(Relation.UNRELATED);
        assertThat(Alignment.organizationalDomain("co.uk")).isEmpty();
    }

    @Test
    void privatePublicSuffixEntriesSeparateTheirCustomers() {
        assertThat(Alignment.relate("alice.github.io", "bob.github.io")).isEqualTo(Relation.UNRELATED);
    }

    @Test
    void domainUnderNoKnownSuffixAlignsOnlyWithItself() {
        assertThat(Alignment.relate("mail.intranet.invalid", "intranet.invalid")).isEqualTo(Relation.UNRELATED);
        assertThat(Alignment.relate("intranet.invalid", "intranet.invalid")).isEqualTo(Relation.SAME);
    }

    @Test
    void unicodeAndPunycodeSpellingsAreTheSameDomain() {
        assertThat(Alignment.relate("xn--rksmrgs-5wao1o.se", "räksmörgås.se")).isEqualTo(Relation.SAME);
        assertThat(Alignment.relate("post.räksmörgås.se", "xn--rksmrgs-5wao1o.se"))
                .isEqualTo(Relation.SAME_ORGANIZATION);
    }

    @Test
    void somethingThatIsNotADomainAlignsWithNothing() {
        assertThat(Alignment.relate("", "example.com")).isEqualTo(Relation.UNRELATED);
        assertThat(Alignment.relate("exa mple.com", "exa mple.com")).isEqualTo(Relation.UNRELATED);
        assertThat(Alignment.relate("example..com", "example..com")).isEqualTo(Relation.UNRELATED);
    }

    @Test
    void domainOfTakesWhatFollowsTheLastAt() {
        assertThat(Alignment.domainOf("ingrid@example.com")).isEqualTo("example.com");
        assertThat(Alignment.domainOf("@example.com")).isEqualTo("example.com");
        assertThat(Alignment.domainOf("<bounce@mailer.example.net>")).isEqualTo("mailer.example.net");
        assertThat(Alignment.domainOf("example.com")).isEqualTo("example.com");
    }
}
