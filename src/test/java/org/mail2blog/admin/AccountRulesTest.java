package org.mail2blog.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {
    @Nested
    class Names {
        @ParameterizedTest
        @ValueSource(strings = {"karin", "karin.holm", "k_h-2"})
        void acceptsLettersDigitsDotsDashesAndUnderscores(String name) {
            assertThat(AccountRules.checkName(name)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "karin holm", "kårin", "karin@example.com"})
        void refusesAnythingElse(String name) {
            assertThat(AccountRules.checkName(name)).get().asString().contains("user name");
        }
    }

    @Nested
    class Addresses {
        @ParameterizedTest
        @ValueSource(strings = {"karin@example.com", "karin.holm+blogg@mail.example.org", "root@localhost"})
        void acceptsPlainAddresses(String address) {
            assertThat(AccountRules.checkEmail(address)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"karin", "karin@", "@example.com", "Karin <karin@example.com>", "a@b@example.com",
                "karin@example..com", "karin @example.com", "karin@-example.com"})
        void refusesWhatIsNotOnePlainAddress(String address) {
            assertThat(AccountRules.checkEmail(address)).get().asString().contains("not a plain mail address");
        }
    }

    @Nested
    class Passwords {
        @Test
        void refusesOneShorterThanTwelveAndSaysHowLongItIs() {
            assertThat(AccountRules.checkPassword("kort lösen"))
                    .hasValue("the password must have at least 12 characters (it has 10); a few random words make a good one");
        }

        @Test
        void acceptsTwelveCharacters() {
            assertThat(AccountRules.checkPassword("åäöåäöåäöåäö")).isEmpty();
        }

        @Test
        void refusesAnAbsurdlyLongOne() {
            assertThat(AccountRules.checkPassword("x".repeat(1025))).get().asString().contains("at most 1024");
        }
    }
}
