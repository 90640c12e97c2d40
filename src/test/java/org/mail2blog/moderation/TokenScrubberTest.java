package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokenScrubberTest {
    private final TokenScrubber scrubber = new TokenScrubber("blog@example.com", "https://blog.example.com",
            "[reply address]", "[link removed]");

    @Nested
    class ReplyAddresses {
        @Test
        void replacesAQuotedReplyAddressWithThePlaceholder() {
            assertThat(scrubber.scrub("I replied to blog+k3xm9q2rtv7wzp4nbc8d@example.com yesterday."))
                    .isEqualTo("I replied to [reply address] yesterday.");
        }

        @Test
        void replacesItInAnyCaseInsideBracketsAndMailtoLinks() {
            assertThat(scrubber.scrub("Svara till <Blog+ABC123@Example.COM> eller mailto:blog+x-y.z@example.com"))
                    .isEqualTo("Svara till <[reply address]> eller mailto:[reply address]");
        }

        @Test
        void keepsTheFullStopThatEndsTheSentence() {
            assertThat(scrubber.scrub("Skriv till blog+abc@example.com.")).isEqualTo("Skriv till [reply address].");
        }

        @Test
        void leavesThePlainBlogAddressAlone() {
            assertThat(scrubber.scrub("Write to blog@example.com")).isEqualTo("Write to blog@example.com");
        }

        @Test
        void leavesLookalikesOfOtherMailboxesAndDomainsAlone() {
            String text = "myblog+abc@example.com, blog+abc@example.org, blog+abc@example.com.evil.example";
            assertThat(scrubber.scrub(text)).isEqualTo(text);
        }
    }

    @Nested
    class Links {
        @Test
        void replacesWithdrawUnsubscribeAndFollowLinks() {
            assertThat(scrubber.scrub("a https://blog.example.com/withdraw/abc123 b"
                    + " http://blog.example.com/unsubscribe/def456 c https://BLOG.example.com/follow/x?y=1"))
                    .isEqualTo("a [link removed] b [link removed] c [link removed]");
        }

        @Test
        void replacesALinkPastedWithoutItsScheme() {
            assertThat(scrubber.scrub("se blog.example.com/withdraw/abc123"))
                    .isEqualTo("se [link removed]");
        }

        @Test
        void keepsThePunctuationAndBracketsAroundALink() {
            assertThat(scrubber.scrub("(https://blog.example.com/unsubscribe/abc123). Next: <https://blog.example.com/withdraw/q>!"))
                    .isEqualTo("([link removed]). Next: <[link removed]>!");
        }

        @Test
        void keepsConversationLinksAndOtherSites() {
            String text = "https://blog.example.com/t/kallsortering-ii https://other.example/withdraw/abc"
                    + " https://blog.example.com.evil.example/withdraw/abc";
            assertThat(scrubber.scrub(text)).isEqualTo(text);
        }

        @Test
        void findsTheLinksUnderABaseUrlWithAPath() {
            TokenScrubber underPath = new TokenScrubber("blog@example.com", "https://example.com/brev", "[a]", "[l]");
            assertThat(underPath.scrub("https://example.com/brev/withdraw/abc https://example.com/withdraw/abc"))
                    .isEqualTo("[l] https://example.com/withdraw/abc");
        }
    }

    @Test
    void textWithoutAnythingOfOursIsUnchanged() {
        String text = "Hej!\n\nVi har kompost på gården. Skriv gärna till lena@example.com.\n\nMvh Lena";
        assertThat(scrubber.scrub(text)).isEqualTo(text);
    }

    @Test
    void refusesABlogAddressWithoutDomain() {
        assertThatThrownBy(() -> new TokenScrubber("blog", "https://blog.example.com", "[a]", "[l]"))
                .hasMessageContaining("'blog'");
    }
}
