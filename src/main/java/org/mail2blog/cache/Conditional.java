package org.mail2blog.cache;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The conditional GET rules (RFC 9110 §13): {@code If-None-Match} decides when sent (weak comparison,
 * {@code *} matches any page); otherwise {@code If-Modified-Since} does, to the second.
 */
public final class Conditional {
    private Conditional() {
    }

    /** Whether the client's copy is {@code page}, so a 304 without a body answers the request. */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, CachedPage page) {
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, page.etag());
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return !page.lastModified().isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /** The HTTP date of {@code instant}, for Last-Modified. */
    public static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(java.time.ZoneOffset.UTC));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        String ours = opaque(etag);
        for (String tag : ifNoneMatch.split(",")) {
            String theirs = tag.strip();
            if (theirs.equals("*") || opaque(theirs).equals(ours)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
