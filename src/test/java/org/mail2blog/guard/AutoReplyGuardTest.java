package org.mail2blog.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mail2blog.testing.Fixtures;

/**
 * Every {@code mail/guard/<kind>-<what>.eml} must be classified as the kind its name starts with
 * ({@code person-}, {@code auto-reply-}, {@code bounce-}, {@code list-}, {@code own-}), with a
 * reason. Adding a case means adding one file.
 */
class AutoReplyGuardTest {
    private static final String FIXTURES = "/mail/guard";
    private static final AutoReplyGuard GUARD =
            new AutoReplyGuard("blog.example.com", "@mail2blog.example.com", Set.of("blog@example.com"));

    static Stream<String> cases() {
        return Fixtures.names(FIXTURES, ".eml");
    }

    private static Verdict classify(String name) throws IOException {
        return GUARD.classify(Fixtures.bytes(FIXTURES, name + ".eml"));
    }

    /** The kind a fixture's name promises: {@code auto-reply-x} is AUTO_REPLY. */
    private static MailKind expectedKind(String name) {
        return Arrays.stream(MailKind.values())
                .filter(k -> name.startsWith(k.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "fixture " + name + " must start with a kind: person-, auto-reply-, bounce-, list- or own-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classifiesAsItsNameSays(String name) throws IOException {
        Verdict verdict = classify(name);
        assertThat(verdict.kind()).as(name + ": " + verdict.reason()).isEqualTo(expectedKind(name));
        assertThat(verdict.reason()).as(name).isNotBlank();
    }

    @Test
    void hasEnoughCasesOfEveryKind() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases().map(AutoReplyGuardTest::expectedKind)).containsAll(Set.of(MailKind.values()));
        assertThat(cases().filter(n -> n.startsWith("person-"))).hasSizeGreaterThanOrEqualTo(10);
    }

    /** Each rule has a fixture that only it catches; the reason must name that rule. */
    @Nested
    class WhichRuleDecided {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                own-loop-header-forwarded                   | X-Mail2blog-Loop is present
                own-from-plus-address                       | From blog+thread-17@example.com
                own-message-id-echo                         | Message-ID ends with our own domain
                own-list-id-notification-echo               | List-Id <blog.example.com> is our own
                bounce-postfix-dsn                          | report-type=delivery-status (RFC 3464
                bounce-exchange-ndr                         | report-type=delivery-status (RFC 3464
                bounce-outlook-read-receipt-mdn             | RFC 8098 MDN
                bounce-feedback-report-arf                  | report-type=feedback-report
                bounce-exim-failed-recipients               | X-Failed-Recipients
                bounce-qmail-failure-notice                 | From local part 'mailer-daemon'
                bounce-postmaster-uppercase                 | From local part 'postmaster'
                bounce-null-sender-plain                    | Return-Path: <>
                auto-reply-thunderbird-sieve-vacation       | Auto-Submitted: auto-replied (vacation) (RFC 3834)
                auto-reply-exchange-german-response-suppress | X-Auto-Response-Suppress: All
                auto-reply-exchange-swedish-autosvar        | X-Auto-Response-Suppress: DR, OOF
                auto-reply-cpanel-x-autorespond             | X-Autorespond
                auto-reply-webhost-x-autoreply              | X-Autoreply: yes
                auto-reply-precedence-auto-reply            | Precedence: auto_reply
                auto-reply-subject-only-swedish-franvaro    | 'Frånvaro' (Swedish)
                auto-reply-outlook-2007-english-subject-only | 'Out of Office AutoReply' (English)
                auto-reply-exchange-french-subject-only     | 'Réponse automatique' (French)
                auto-reply-subject-only-danish-fravaerende  | 'Fraværende' (Danish/Norwegian)
                auto-reply-subject-only-norwegian-ikke-pa-kontoret | 'Ikke på kontoret'
                auto-reply-subject-only-english-re-prefix   | 'Automatic reply' (English)
                list-mailman-digest                         | Precedence: list
                list-groups-list-id-only                    | List-Id: <choir.groups.example.org> is another
                list-newsletter-precedence-first-class      | List-Unsubscribe together with Precedence
                list-ezmlm-mailing-list                     | Mailing-List is present
                list-x-mailing-list-old                     | X-Mailing-List is present
                """)
        void namesTheRule(String name, String reasonPart) throws IOException {
            assertThat(classify(name).reason()).contains(reasonPart);
        }
    }

    @Nested
    class WhenHeadersAreBroken {
        @ParameterizedTest
        @ValueSource(strings = {
            "",
            "no colon anywhere\n\nbody",
            "From: <<<@@@>>>\nSubject: =?x-unknown?Q?Autosvar?=\n\n",
            "Content-Type: multipart/report; report-type=\"unterminated\nFrom: a@example.org\n\n",
            "From: \"unclosed quote <anna@example.org>\nReturn-Path: <\n\n",
        })
        void fallsBackToPersonWithoutThrowing(String raw) {
            Verdict verdict = GUARD.classify(raw.getBytes(StandardCharsets.UTF_8));
            assertThat(verdict.kind()).isEqualTo(MailKind.PERSON);
            assertThat(verdict.reason()).isNotBlank();
        }

        @Test
        void survivesRandomBytes() {
            Random random = new Random(42);
            for (int i = 0; i < 200; i++) {
                byte[] raw = new byte[random.nextInt(2000)];
                random.nextBytes(raw);
                assertThat(GUARD.classify(raw).reason()).isNotBlank();
            }
        }

        @Test
        void readsAddressFromUnparseableFrom() {
            byte[] raw = "From: Blog (broken <blog+x@example.com>\n\n".getBytes(StandardCharsets.UTF_8);
            assertThat(GUARD.classify(raw).kind()).isEqualTo(MailKind.OWN);
        }
    }

    @Nested
    class WhenConfigured {
        @Test
        void acceptsListIdInBracketsAndDomainWithoutAt() throws IOException {
            AutoReplyGuard guard = new AutoReplyGuard("<Blog.Example.com>", "mail2blog.example.com",
                    Set.of("blog@example.com"));
            assertThat(guard.classify(Fixtures.bytes(FIXTURES, "own-message-id-echo.eml")).kind())
                    .isEqualTo(MailKind.OWN);
            assertThat(guard.classify(Fixtures.bytes(FIXTURES, "own-list-id-notification-echo.eml")).kind())
                    .isEqualTo(MailKind.OWN);
        }

        @Test
        void rejectsBlankListId() {
            assertThatThrownBy(() -> new AutoReplyGuard(" <> ", "@mail2blog.example.com", Set.of("blog@example.com")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ownListId");
        }

        @Test
        void rejectsBlankMessageIdDomain() {
            assertThatThrownBy(() -> new AutoReplyGuard("blog.example.com", "@", Set.of("blog@example.com")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ownMessageIdDomain");
        }

        @Test
        void rejectsAddressWithoutDomain() {
            assertThatThrownBy(() -> new AutoReplyGuard("blog.example.com", "@mail2blog.example.com", Set.of("blog")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'blog'");
        }

        @Test
        void rejectsNoOwnAddress() {
            assertThatThrownBy(() -> new AutoReplyGuard("blog.example.com", "@mail2blog.example.com", Set.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ownAddresses");
        }
    }

    @Test
    void verdictNeedsAReason() {
        assertThatThrownBy(() -> new Verdict(MailKind.PERSON, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Verdict(MailKind.PERSON, "a person").isPerson()).isTrue();
        assertThat(new Verdict(MailKind.OWN, "a loop").isPerson()).isFalse();
    }
}
