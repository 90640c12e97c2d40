package org.mail2blog.mime.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Nested
    class Gmail {
        @Test
        void quotesAttributionTogetherWithBlockquote() {
            String html = "<div dir=\"ltr\">Hej!</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">"
                    + "Den tis 5 mars 2024 kl 09:12 skrev Anna:<br></div><blockquote class=\"gmail_quote\">Fråga?</blockquote></div>";

            assertThat(HtmlText.toText(html)).isEqualTo("Hej!\n\n> Den tis 5 mars 2024 kl 09:12 skrev Anna:\n> Fråga?");
        }

        @Test
        void keepsAnswersBetweenQuotesUnquoted() {
            String html = "<div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, Tom wrote:</div>"
                    + "<blockquote class=\"gmail_quote\">One?</blockquote><div>Yes.</div>"
                    + "<blockquote class=\"gmail_quote\">Two?</blockquote><div>No.</div></div>";

            assertThat(HtmlText.toText(html)).isEqualTo("> On Mon, Tom wrote:\n> One?\nYes.\n> Two?\nNo.");
        }

        @Test
        void leavesForwardHeaderWithoutQuoteForTheTrimmer() {
            String html = "<div class=\"gmail_quote\"><div class=\"gmail_attr\">---------- Forwarded message ---------<br></div>"
                    + "<div>Original text</div></div>";

            assertThat(HtmlText.toText(html)).isEqualTo("---------- Forwarded message ---------\nOriginal text");
        }

        @Test
        void writesOneDelimiterBeforeSignature() {
            String html = "<div>Mvh<br>Åsa</div><span class=\"gmail_signature_prefix\">-- </span><br>"
                    + "<div class=\"gmail_signature\"><div>Åsa Öberg</div><div>070-123 45 67</div></div>";

            assertThat(HtmlText.toText(html)).isEqualTo("Mvh\nÅsa\n\n-- \nÅsa Öberg\n070-123 45 67");
        }

        @Test
        void keepsIndentedTextAsTheWritersOwn() {
            String html = "<div>Jag skrev:</div><blockquote style=\"margin:0 0 0 40px;border:none;padding:0px\">"
                    + "<div>Egen text</div></blockquote>";

            assertThat(HtmlText.toText(html)).isEqualTo("Jag skrev:\nEgen text");
        }

        @Test
        void showsEmojiImagesButNotDecorativeOnes() {
            String html = "<div>Grattis <img data-emoji=\"🎉\" alt=\"🎉\" src=\"x.png\"><img alt=\"Logo\" src=\"l.png\"></div>";

            assertThat(HtmlText.toText(html)).isEqualTo("Grattis 🎉");
        }
    }

    @Nested
    class Outlook {
        @Test
        void quotesEverythingAfterTheBorderTopSeparator() {
            String html = "<div class=\"WordSection1\"><p class=\"MsoNormal\">Hej<o:p></o:p></p>"
                    + "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Åsa</p>"
                    + "<div><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
                    + "<p class=\"MsoNormal\"><b>Från:</b> Roger<br><b>Skickat:</b> den 4 mars 2024</p></div></div>"
                    + "<p class=\"MsoNormal\">Gammal text</p></div>";

            assertThat(HtmlText.toText(html))
                    .isEqualTo("Hej\n\nÅsa\n> Från: Roger\n> Skickat: den 4 mars 2024\n> Gammal text");
        }

        @Test
        void quotesAfterTheOutlook2010SeparatorToo() {
            String html = "<p class=\"MsoNormal\">Roger</p><div style=\"border:none;border-top:solid #B5C4DF 1.0pt;"
                    + "padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>From:</b> Anna<br><b>Sent:</b> today</p></div>"
                    + "<p class=\"MsoNormal\">Old</p>";

            assertThat(HtmlText.toText(html)).isEqualTo("Roger\n> From: Anna\n> Sent: today\n> Old");
        }

        @Test
        void ignoresABorderedDivThatIsNoHeaderBlock() {
            String html = "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt\">Egen ruta</div><div>Mer</div>";

            assertThat(HtmlText.toText(html)).isEqualTo("Egen ruta\nMer");
        }

        @Test
        void quotesEverythingFromAppendOnSend() {
            String html = "<div>Hi</div><div id=\"appendonsend\"></div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Tom</div>"
                    + "<div>Old</div>";

            assertThat(HtmlText.toText(html)).isEqualTo("Hi\n> From: Tom\n> Old");
        }

        @Test
        void quotesFromTheRuleAboveDivRplyFwdMsg() {
            String html = "<div>Hi</div><hr tabindex=\"-1\"><div id=\"divRplyFwdMsg\">From: Tom</div><div>Old</div>";

            assertThat(HtmlText.toText(html)).isEqualTo("Hi\n> From: Tom\n> Old");
        }
    }

    @Nested
    class AppleAndThunderbird {
        @Test
        void leavesUnmarkedAttributionOnItsOwnLineAboveTheQuote() {
            String html = "<div><div>On 4 Mar 2024, at 21:40, Emma wrote:</div><br class=\"Apple-interchange-newline\">"
                    + "<blockquote type=\"cite\"><div>Old</div></blockquote></div><div>New</div>";

            assertThat(HtmlText.toText(html)).isEqualTo("On 4 Mar 2024, at 21:40, Emma wrote:\n\n> Old\nNew");
        }

        @Test
        void quotesThunderbirdCitePrefix() {
            String html = "<p>Hej</p><div class=\"moz-cite-prefix\">Den 2024-03-05 kl. 09:12, skrev Anna:<br></div>"
                    + "<blockquote type=\"cite\"><p>Old</p></blockquote>";

            assertThat(HtmlText.toText(html)).isEqualTo("Hej\n\n> Den 2024-03-05 kl. 09:12, skrev Anna:\n>\n> Old");
        }

        @Test
        void keepsThunderbirdsOwnDelimiterOnce() {
            String html = "<p>Roger</p><div class=\"moz-signature\">-- <br>Roger Lind</div>";

            assertThat(HtmlText.toText(html)).isEqualTo("Roger\n\n-- \nRoger Lind");
        }

        @Test
        void quotesNestedQuotesDeeper() {
            String html = "<blockquote type=\"cite\">New<blockquote type=\"cite\">Older</blockquote></blockquote>";

            assertThat(HtmlText.toText(html)).isEqualTo("> New\n> > Older");
        }
    }

    @Nested
    class Yahoo {
        @Test
        void quotesTheWholeYahooQuotedContainer() {
            String html = "<div class=\"ydp1yahoo-style-wrap\"><div>Hi</div></div><div id=\"ydp2yahoo_quoted_77\" "
                    + "class=\"ydp2yahoo_quoted\"><div>On Monday, Emma wrote:</div><div><div>Old</div></div></div>";

            assertThat(HtmlText.toText(html)).isEqualTo("Hi\n> On Monday, Emma wrote:\n> Old");
        }
    }

    @Nested
    class Readability {
        @Test
        void writesNumberedAndNestedLists() {
            String html = "<ol start=\"3\"><li>Three</li><li>Four<ul><li>detail</li></ul></li></ol>";

            assertThat(HtmlText.toText(html)).isEqualTo("3. Three\n4. Four\n   - detail");
        }

        @Test
        void keepsPreformattedTextVerbatim() {
            String html = "<p>Kör:</p><pre>if (a) {\n    b();\n\n\n}</pre>";

            assertThat(HtmlText.toText(html)).isEqualTo("Kör:\n\nif (a) {\n    b();\n\n\n}");
        }

        @Test
        void showsWebLinksButNeverMailAddresses() {
            String html = "<p><a href=\"https://example.org/a\">sidan</a>, <a href=\"mailto:anna@example.com\">Anna</a>"
                    + " och <a href=\"https://example.org/\">example.org</a></p>";

            assertThat(HtmlText.toText(html)).isEqualTo("sidan (https://example.org/a), Anna och example.org");
        }

        @Test
        void rendersNothingFromHeadStyleScriptOrHiddenElements() {
            String html = "<html><head><title>T</title><style>p{}</style></head><body><script>x()</script>"
                    + "<div style=\"display: none\">preheader</div><p>Synlig</p></body></html>";

            assertThat(HtmlText.toText(html)).isEqualTo("Synlig");
        }

        @Test
        void keepsRightToLeftTextAndEmojiIntact() {
            String html = "<div dir=\"rtl\">שלום לכולם</div><div>Tack ❤️ 🙏🏽</div>";

            assertThat(HtmlText.toText(html)).isEqualTo("שלום לכולם\nTack ❤️ 🙏🏽");
        }

        @Test
        void keepsAtMostOneBlankLineOutsidePre() {
            assertThat(HtmlText.toText("<div>a</div><div><br></div><div><br></div><div><br></div><div>b</div>"))
                    .isEqualTo("a\n\nb");
        }
    }

    @Nested
    class MetaCharset {
        @Test
        void findsCharsetInHttpEquivAndCharsetMeta() {
            byte[] equiv = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] direct = "<meta charset=\"utf-8\"><p>x</p>".getBytes(StandardCharsets.US_ASCII);

            assertThat(HtmlText.findMetaCharset(equiv)).contains("windows-1252");
            assertThat(HtmlText.findMetaCharset(direct)).contains("utf-8");
            assertThat(HtmlText.findMetaCharset("<p>none</p>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        }
    }
}
