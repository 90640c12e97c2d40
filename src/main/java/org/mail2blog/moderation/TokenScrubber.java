package org.mail2blog.moderation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes our own secrets out of a letter's text before it is stored as the body that will be
 * published. A writer who quotes one of our mails in their own words ("I answered
 * blog+k3x…@example.com", a pasted withdraw link) would otherwise put a credential on a public page.
 * <ul>
 *   <li>Every reply address {@code <blog local>+<anything>@<blog domain>} (any case) becomes the
 *       reply-address placeholder: the plain blog address is not put back, so no address at all
 *       appears in the letter.</li>
 *   <li>Every link under {@code <base URL>/withdraw/}, {@code /unsubscribe/} or {@code /follow/}
 *       (with {@code http:}, {@code https:} or no scheme) becomes the link placeholder.</li>
 * </ul>
 * Sentence punctuation right after an address or a link is kept. Everything else is left as it is:
 * the plain blog address, links to conversations, other sites' links. Immutable, thread-safe.
 */
public final class TokenScrubber {
    /** Characters that end a pasted URL: white space, brackets and quotes around it. */
    private static final String URL_TAIL = "[^\\s<>\"'()\\[\\]{}]*";
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?]+$");
    private final Pattern replyAddress;
    private final Pattern privateLink;
    private final String addressPlaceholder;
    private final String linkPlaceholder;

    /**
     * @param blogAddress        the blog's plain address, e.g. {@code blog@example.com}
     * @param baseUrl            the public base URL without a trailing slash
     * @param addressPlaceholder what a reply address becomes, e.g. "[reply address]"
     * @param linkPlaceholder    what a private link becomes, e.g. "[link removed]"
     */
    public TokenScrubber(String blogAddress, String baseUrl, String addressPlaceholder, String linkPlaceholder) {
        int at = blogAddress.lastIndexOf('@');
        if (at < 1 || at == blogAddress.length() - 1) {
            throw new IllegalArgumentException("blog address '" + blogAddress + "' has no local part or no domain");
        }
        String local = Pattern.quote(blogAddress.substring(0, at).toLowerCase(Locale.ROOT));
        String domain = Pattern.quote(blogAddress.substring(at + 1).toLowerCase(Locale.ROOT));
        // The address must not be the tail of a longer local part (myblog+…) nor the head of a
        // longer domain (example.com.evil.example); a full stop that ends the sentence is fine.
        this.replyAddress = Pattern.compile("(?<![\\w.%+-])" + local + "\\+[^\\s@<>()\\[\\],;:\"']+@" + domain
                + "(?![\\w-]|\\.[\\w-])", Pattern.CASE_INSENSITIVE);
        String site = Pattern.quote(baseUrl.replaceFirst("(?i)^https?://", "").toLowerCase(Locale.ROOT));
        this.privateLink = Pattern.compile("(?<![\\w.-])(?:https?://)?" + site + "/(?:withdraw|unsubscribe|follow)/"
                + URL_TAIL, Pattern.CASE_INSENSITIVE);
        this.addressPlaceholder = addressPlaceholder;
        this.linkPlaceholder = linkPlaceholder;
    }

    /** The text with every reply address and every private link of ours replaced by a placeholder. */
    public String scrub(String text) {
        return replace(privateLink, replace(replyAddress, text, addressPlaceholder), linkPlaceholder);
    }

    private static String replace(Pattern pattern, String text, String placeholder) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            Matcher punctuation = TRAILING_PUNCTUATION.matcher(m.group());
            String kept = punctuation.find() ? punctuation.group() : "";
            m.appendReplacement(out, Matcher.quoteReplacement(placeholder + kept));
        }
        m.appendTail(out);
        return out.toString();
    }
}
