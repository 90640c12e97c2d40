package org.mail2blog.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Header values of our own writing, in the shapes real servers produce, and garbage. */
class AuthResultsParserTest {
    private final AuthResultsParser parser = new AuthResultsParser();

    private AuthenticationResults parse(String value) throws UnreadableHeader {
        return parser.parse(value);
    }

    @Test
    void readsGmailStyleWithCommentsAndHeaderIOnly() throws UnreadableHeader {
        AuthenticationResults read = parse("mx.google.com;\r\n"
                + "       dkim=pass header.i=@example.com header.s=20230601 header.b=Kx9+/aB0;\r\n"
                + "       spf=pass (google.com: domain of ingrid@example.com designates 192.0.2.10 as permitted"
                + " sender) smtp.mailfrom=ingrid@example.com;\r\n"
                + "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.com");
        assertThat(read.authservId()).isEqualTo("mx.google.com");
        assertThat(read.results()).extracting(AuthResult::method).containsExactly("dkim", "spf", "dmarc");
        assertThat(read.results().get(0).property("header.i")).hasValue("@example.com");
        assertThat(read.results().get(0).property("header.b")).hasValue("Kx9+/aB0");
        assertThat(read.results().get(1).property("smtp.mailfrom")).hasValue("ingrid@example.com");
        assertThat(read.results().get(2).property("header.from")).hasValue("example.com");
    }

    @Test
    void readsFastmailStyleWithManyVendorResultsAndBareNameValuePairs() throws UnreadableHeader {
        AuthenticationResults read = parse("mx4.messagingengine.com;\n"
                + "    arc=none (no signatures found);\n"
                + "    dkim=pass (2048-bit rsa key sha256) header.d=example.com header.i=@example.com"
                + " header.b=QmFzZTY0 header.a=rsa-sha256 header.s=fm2 x-bits=2048;\n"
                + "    dmarc=pass policy.published-domain-policy=none policy.applied-disposition=none"
                + " (p=none,d=none,d.eval=none) policy.policy-from=p header.from=example.com;\n"
                + "    iprev=pass smtp.remote-ip=192.0.2.10 (mail.example.com);\n"
                + "    spf=pass smtp.mailfrom=ingrid@example.com smtp.helo=mail.example.com;\n"
                + "    x-aligned-from=pass (Address match);\n"
                + "    x-tls=pass smtp.version=TLSv1.3 smtp.cipher=TLS_AES_256_GCM_SHA384 smtp.bits=256/256;\n"
                + "    x-vs=clean score=-100 state=0");
        assertThat(read.results()).extracting(AuthResult::method).containsExactly("arc", "dkim", "dmarc", "iprev",
                "spf", "x-aligned-from", "x-tls", "x-vs");
        assertThat(read.results().get(1).property("header.d")).hasValue("example.com");
        assertThat(read.results().get(1).properties()).doesNotContainKey("x-bits");
        assertThat(read.results().get(4).property("smtp.helo")).hasValue("mail.example.com");
        assertThat(read.results().get(6).property("smtp.bits")).hasValue("256/256");
    }

    @Test
    void readsOpenDkimStyleWithSemicolonInsideCommentAndQuotedSignature() throws UnreadableHeader {
        AuthenticationResults read = parse("mail.example.org;\n\tdkim=pass (2048-bit key; unprotected)"
                + " header.d=example.com header.i=@example.com header.a=rsa-sha256 header.s=mail"
                + " header.b=\"AbCd12/+\";\n\tdkim-atps=neutral");
        assertThat(read.authservId()).isEqualTo("mail.example.org");
        assertThat(read.results()).extracting(AuthResult::method).containsExactly("dkim", "dkim-atps");
        assertThat(read.results().get(0).property("header.b")).hasValue("AbCd12/+");
    }

    @Test
    void readsPolicydSpfStyleWithTrailingCommentHoldingSemicolons() throws UnreadableHeader {
        AuthenticationResults read = parse("mail.example.org; spf=pass (sender SPF authorized)"
                + " smtp.mailfrom=example.com (client-ip=192.0.2.10; helo=mail.example.com;"
                + " envelope-from=ingrid@example.com; receiver=<UNKNOWN>)");
        assertThat(read.results()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("spf");
            assertThat(r.property("smtp.mailfrom")).hasValue("example.com");
        });
    }

    @Test
    void readsMicrosoftStyleTrailingSemicolonAndActionPair() throws UnreadableHeader {
        AuthenticationResults read = parse("mx.example.org; spf=pass (sender IP is 192.0.2.10)"
                + " smtp.mailfrom=example.com; dkim=pass (signature was verified)"
                + " header.d=example.com;dmarc=pass action=none header.from=example.com;compauth=pass reason=100;");
        assertThat(read.results()).extracting(AuthResult::method).containsExactly("spf", "dkim", "dmarc", "compauth");
        assertThat(read.results().get(2).property("header.from")).hasValue("example.com");
        assertThat(read.results().get(3).reason()).hasValue("100");
    }

    @Test
    void refusesMicrosoftStyleWithoutAuthservId() {
        assertThatThrownBy(() -> parse("spf=pass (sender IP is 192.0.2.10) smtp.mailfrom=example.com;"
                + " dkim=pass header.d=example.com"))
                .isInstanceOf(UnreadableHeader.class).hasMessageContaining("no authserv-id");
    }

    @Test
    void readsNone() throws UnreadableHeader {
        AuthenticationResults read = parse("mx.example.org 1; none");
        assertThat(read.version()).hasValue("1");
        assertThat(read.results()).isEmpty();
    }

    @Test
    void readsVersionAndMethodVersionAndQuotedReason() throws UnreadableHeader {
        AuthenticationResults read = parse("mx.example.org 1; dkim/1=fail reason=\"signature \\\"did\\\" not verify\""
                + " header.d=example.com");
        assertThat(read.results()).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo("fail");
            assertThat(r.reason()).hasValue("signature \"did\" not verify");
        });
    }

    @Test
    void namesAreCaseInsensitiveAndValuesKeptAsWritten() throws UnreadableHeader {
        AuthenticationResults read = parse("MX.Example.ORG; DKIM=Pass Header.D=Example.COM");
        assertThat(read.authservId()).isEqualTo("mx.example.org");
        assertThat(read.results()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("dkim");
            assertThat(r.isPass()).isTrue();
            assertThat(r.property("HEADER.d")).hasValue("Example.COM");
        });
    }

    @Test
    void acceptsCommentsAndFoldingEverywhere() throws UnreadableHeader {
        AuthenticationResults read = parse(" (before) mx.example.org (after id) (nested (twice) \\) ok)\r\n ;"
                + " (x) dkim (y) = (z) pass (a) header (b) . (c) d (d) = (e) example.com (f) ;\r\n\t(end)");
        assertThat(read.results()).singleElement()
                .satisfies(r -> assertThat(r.property("header.d")).hasValue("example.com"));
    }

    @Test
    void acceptsQuotedAuthservIdAndQuotedPropertyValues() throws UnreadableHeader {
        AuthenticationResults read = parse("\"mx.example.org\"; spf=pass smtp.mailfrom=\"ingrid@example.com\"");
        assertThat(read.authservId()).isEqualTo("mx.example.org");
        assertThat(read.results().get(0).property("smtp.mailfrom")).hasValue("ingrid@example.com");
    }

    @Test
    void firstOfRepeatedPropertiesCounts() throws UnreadableHeader {
        AuthenticationResults read = parse("mx.example.org; dkim=pass header.d=example.com header.d=evil.example");
        assertThat(read.results().get(0).property("header.d")).hasValue("example.com");
    }

    @Test
    void keepsEveryResultOfSeveralSignatures() throws UnreadableHeader {
        AuthenticationResults read = parse("mx.example.org; dkim=pass header.d=example.com;"
                + " dkim=fail header.d=mailer.example.net; dkim=pass header.d=mailer.example.net");
        assertThat(read.results()).extracting(AuthResult::result).containsExactly("pass", "fail", "pass");
    }

    @Test
    void refusesEmptyValue() {
        assertThatThrownBy(() -> parse("   ")).isInstanceOf(UnreadableHeader.class)
                .hasMessageContaining("no authserv-id");
    }

    @Test
    void refusesAuthservIdWithoutResults() {
        assertThatThrownBy(() -> parse("mx.example.org")).isInstanceOf(UnreadableHeader.class)
                .hasMessageContaining("no result after the authserv-id");
    }

    @Test
    void refusesResultWithoutValue() {
        assertThatThrownBy(() -> parse("mx.example.org; dkim")).isInstanceOf(UnreadableHeader.class)
                .hasMessageContaining("expected '=' after the method 'dkim'");
        assertThatThrownBy(() -> parse("mx.example.org; dkim=")).isInstanceOf(UnreadableHeader.class)
                .hasMessageContaining("the result of 'dkim'");
    }

    @Test
    void refusesUnclosedCommentAndUnclosedQuote() {
        assertThatThrownBy(() -> parse("mx.example.org; dkim=pass (unclosed header.d=example.com"))
                .isInstanceOf(UnreadableHeader.class).hasMessageContaining("never closed");
        assertThatThrownBy(() -> parse("mx.example.org; dkim=pass header.d=\"example.com"))
                .isInstanceOf(UnreadableHeader.class).hasMessageContaining("never closed");
    }

    @Test
    void refusesWordsThatAreNeitherPropertiesNorPairs() {
        assertThatThrownBy(() -> parse("mx.example.org; dkim=pass signature ok"))
                .isInstanceOf(UnreadableHeader.class).hasMessageContaining("'signature'");
    }

    @Test
    void refusesGarbage() {
        for (String garbage : new String[] {";;;;", "=pass", "(((", ")", "mx.example.org ; =pass",
                "mx.example.org; dkim=pass header.=x", "mx.example.org; dkim=pass header.d", "@@@; dkim=pass",
                "mx.example.org, dkim=pass", "mx.example.org; dkim=pass \"x\""}) {
            assertThatThrownBy(() -> parse(garbage)).as(garbage).isInstanceOf(UnreadableHeader.class);
        }
    }

    @Test
    void refusesOverLongValueWithoutReadingIt() {
        assertThatThrownBy(() -> parse("mx.example.org; " + "x=y; ".repeat(5000)))
                .isInstanceOf(UnreadableHeader.class).hasMessageContaining("at most");
    }

    @Test
    void deeplyNestedCommentsNeitherOverflowNorHang() throws UnreadableHeader {
        String deep = "(".repeat(8_000) + ")".repeat(8_000);
        assertThat(parse("mx.example.org; " + deep + " none").results()).isEmpty();
    }

    @Test
    void randomBytesEndInAResultOrAnUnreadableHeaderNeverAnotherException() {
        Random random = new Random(8601);
        String alphabet = "mx.exampl;=()\"\\ @dkim/pass\r\n\t1åö";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                parse(value.toString());
            } catch (UnreadableHeader expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }
}
