package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.mail2blog.blog.ReplyAddress;

/** Signed moderation addresses: valid for one letter and one admin, in any case, and nothing else. */
class ModerationAddressTest {
    private static final String ADMIN = "redaktor@example.com";
    private static final String OTHER_ADMIN = "kerstin.admin@example.com";
    private final ModerationAddress addresses = withSecret("a fixed test secret, 32 bytes long");

    private static ModerationAddress withSecret(String secret) {
        return new ModerationAddress(new ReplyAddress("blog@example.com"), secret.getBytes(StandardCharsets.UTF_8));
    }

    /** What the parts of the address claim, checked for {@code sender}. */
    private boolean accepts(String address, String sender) {
        return addresses.tokenIn(List.of(address)).flatMap(addresses::parse)
                .filter(claim -> addresses.isSignedFor(claim, sender)).isPresent();
    }

    private static String withLocalPart(String address, String from, String to) {
        return address.replace(from, to);
    }

    @Test
    void addressNamesTheLetterAndCarriesAHundredBitSignatureInOurAlphabet() {
        assertThat(addresses.forLetter(12, ADMIN)).matches("blog\\+mod-12-[a-km-np-z2-9]{20}@example\\.com");
    }

    @Test
    void sameLetterAndAdminAlwaysGetTheSameAddress() {
        assertThat(addresses.forLetter(12, ADMIN)).isEqualTo(withSecret("a fixed test secret, 32 bytes long")
                .forLetter(12, "  Redaktor@Example.com "));
    }

    @Test
    void acceptsItsOwnAddressFromItsAdmin() {
        assertThat(accepts(addresses.forLetter(12, ADMIN), ADMIN)).isTrue();
        assertThat(addresses.tokenIn(List.of(addresses.forLetter(12, ADMIN))).flatMap(addresses::parse))
                .hasValueSatisfying(claim -> assertThat(claim.letterId()).isEqualTo(12));
    }

    @Test
    void acceptsTheAddressAndTheSenderInAnyCase() {
        String upper = addresses.forLetter(12, ADMIN).toUpperCase(Locale.ROOT);
        assertThat(accepts(upper, "Redaktor@EXAMPLE.com")).isTrue();
    }

    @Test
    void refusesATamperedLetterId() {
        String address = addresses.forLetter(12, ADMIN);
        assertThat(accepts(withLocalPart(address, "mod-12-", "mod-13-"), ADMIN)).isFalse();
        assertThat(accepts(withLocalPart(address, "mod-12-", "mod-112-"), ADMIN)).isFalse();
    }

    @Test
    void refusesATamperedSignature() {
        String address = addresses.forLetter(12, ADMIN);
        int last = address.indexOf('@') - 1;
        char changed = address.charAt(last) == 'a' ? 'b' : 'a';
        String tampered = address.substring(0, last) + changed + address.substring(last + 1);
        assertThat(accepts(tampered, ADMIN)).isFalse();
    }

    @Test
    void refusesTheAddressOfAnotherAdmin() {
        assertThat(accepts(addresses.forLetter(12, OTHER_ADMIN), ADMIN)).isFalse();
        assertThat(accepts(addresses.forLetter(12, ADMIN), OTHER_ADMIN)).isFalse();
    }

    @Test
    void refusesAnAddressSignedWithAnotherSecret() {
        String forged = withSecret("somebody else's secret, 32 bytes").forLetter(12, ADMIN);
        assertThat(accepts(forged, ADMIN)).isFalse();
    }

    @Test
    void refusesTokensNotShapedLikeOurs() {
        String signature = addresses.forLetter(12, ADMIN).replaceAll(".*mod-12-|@.*", "");
        assertThat(addresses.parse("mod-")).isEmpty();
        assertThat(addresses.parse("mod-12")).isEmpty();
        assertThat(addresses.parse("mod-12-" + signature.substring(1))).as("too short").isEmpty();
        assertThat(addresses.parse("mod-012-" + signature)).as("leading zero").isEmpty();
        assertThat(addresses.parse("mod-x-" + signature)).isEmpty();
        assertThat(addresses.parse("mod-12-" + signature.substring(1) + "l")).as("l is not in the alphabet").isEmpty();
    }

    @Test
    void findsTheModerationAddressAmongOtherRecipientsOnly() {
        String moderation = addresses.forLetter(7, ADMIN);
        assertThat(addresses.tokenIn(List.of("blog+sc3rz9ygg4zs2rkfnzqv@example.com", moderation)))
                .hasValue(moderation.substring("blog+".length(), moderation.indexOf('@')));
        assertThat(addresses.tokenIn(List.of("blog+sc3rz9ygg4zs2rkfnzqv@example.com", "blog@example.com"))).isEmpty();
        assertThat(addresses.tokenIn(List.of(moderation.replace("@example.com", "@example.org")))).isEmpty();
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> withSecret("too short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 16");
    }
}
