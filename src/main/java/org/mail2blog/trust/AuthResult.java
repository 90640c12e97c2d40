package org.mail2blog.trust;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One result in an Authentication-Results header ({@code resinfo}, RFC 8601 §2.2), such as
 * {@code dkim=pass header.d=example.com}. Names are lower-case; values are as written.
 *
 * @param method     the method, lower-case: {@code dkim}, {@code spf}, {@code dmarc}, {@code arc}, …
 * @param result     the result, lower-case: {@code pass}, {@code fail}, {@code softfail}, {@code none}, …
 * @param reason     the {@code reason=} text, if any
 * @param properties {@code ptype.property} (lower-case) to value, e.g. {@code header.d} to {@code example.com};
 *                   the first of repeated properties counts
 */
public record AuthResult(String method, String result, Optional<String> reason, Map<String, String> properties) {

    public AuthResult {
        properties = Map.copyOf(properties);
    }

    /** The value of property {@code name} ({@code header.d}, {@code smtp.mailfrom}, …), any case. */
    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name.toLowerCase(Locale.ROOT)));
    }

    public boolean isPass() {
        return "pass".equals(result);
    }
}
