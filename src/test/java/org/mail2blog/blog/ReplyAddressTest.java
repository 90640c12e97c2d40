package org.mail2blog.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReplyAddressTest {
    private final ReplyAddress address = new ReplyAddress("blog@example.com");

    @Test
    void tokenRoundTripsThroughTheAddress() {
        assertThat(address.tokenIn(address.forToken("abc234"))).hasValue("abc234");
    }

    @Test
    void addressIsMatchedWithoutRegardToCase() {
        assertThat(address.tokenIn("Blog+Abc234@Example.COM")).hasValue("abc234");
    }

    @Test
    void otherAddressesCarryNoToken() {
        assertThat(address.tokenIn("blog@example.com")).isEmpty();
        assertThat(address.tokenIn("blog+@example.com")).isEmpty();
        assertThat(address.tokenIn("other+abc@example.com")).isEmpty();
        assertThat(address.tokenIn("blog+abc@example.org")).isEmpty();
    }

    @Test
    void tokensAreLongAndDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(ReplyAddress.newToken());
        }
        assertThat(tokens).hasSize(1000).allMatch(t -> t.matches("[a-z2-9]{20}"));
    }
}
