package org.mail2blog.trust;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one Authentication-Results value (RFC 8601 §2.2): the authserv-id with an optional version,
 * then {@code none} or results {@code ; method[/version]=result [reason=value] [ptype.property=value …]},
 * with comments and folding white space anywhere and quoted strings where values are allowed. Names
 * are case-insensitive. Lenient where real servers stray and nothing is lost by it: a trailing or
 * doubled {@code ;} (Microsoft 365), and bare {@code name=value} pairs that are not properties
 * (Microsoft's {@code action=none}, Fastmail's {@code x-bits=2048}), which are skipped. Anything else
 * that does not fit is an {@link UnreadableHeader}, never a runtime exception. Stateless and thread-safe.
 */
public final class AuthResultsParser {
    /** Longer values are not read at all: no real header comes near, and it bounds the work. */
    static final int MAX_LENGTH = 16_384;

    /**
     * Parses an unfolded or folded header value (without the field name).
     *
     * @throws UnreadableHeader when the value does not follow the grammar; its message says where
     */
    public AuthenticationResults parse(String value) throws UnreadableHeader {
        if (value.length() > MAX_LENGTH) {
            throw new UnreadableHeader("the value is " + value.length() + " characters long; at most "
                    + MAX_LENGTH + " are read");
        }
        HeaderCursor c = new HeaderCursor(value);
        String authservId = authservId(c);
        Optional<String> version = c.isDigitNext() ? Optional.of(c.digits()) : Optional.empty();
        c.skipCfws();
        if (c.atEnd()) {
            throw new UnreadableHeader("no result after the authserv-id '" + authservId + "'; expected ';' and"
                    + " a result or 'none'");
        }
        return new AuthenticationResults(authservId.toLowerCase(Locale.ROOT), version, results(c));
    }

    private static String authservId(HeaderCursor c) throws UnreadableHeader {
        c.skipCfws();
        if (c.atEnd() || c.peekIs(';')) {
            throw new UnreadableHeader("no authserv-id before the first result");
        }
        String authservId = c.value("the authserv-id");
        c.skipCfws();
        if (c.peekIs('=') || c.peekIs('/')) {
            throw new UnreadableHeader("no authserv-id: the value begins with the result '" + authservId
                    + "=…' (as Microsoft 365 writes it), so nobody vouches for it");
        }
        return authservId;
    }

    private static List<AuthResult> results(HeaderCursor c) throws UnreadableHeader {
        List<AuthResult> results = new ArrayList<>();
        while (!c.atEnd()) {
            c.expect(';', "before a result");
            c.skipCfws();
            if (c.atEnd() || c.peekIs(';')) {
                continue;
            }
            String method = c.keyword("a method name").toLowerCase(Locale.ROOT);
            c.skipCfws();
            if (!method.equals("none") || c.peekIs('=') || c.peekIs('/')) {
                results.add(result(c, method));
            }
        }
        return results;
    }

    /** The rest of one resinfo after its method name: {@code [/version] = result}, reason and properties. */
    private static AuthResult result(HeaderCursor c, String method) throws UnreadableHeader {
        if (c.peekIs('/')) {
            c.expect('/', "before the method version");
            c.skipCfws();
            c.digits();
            c.skipCfws();
        }
        c.expect('=', "after the method '" + method + "'");
        c.skipCfws();
        String result = c.keyword("the result of '" + method + "'").toLowerCase(Locale.ROOT);
        c.skipCfws();
        Map<String, String> pairs = new LinkedHashMap<>();
        while (!c.atEnd() && !c.peekIs(';')) {
            pair(c, method, pairs);
            c.skipCfws();
        }
        Optional<String> reason = Optional.ofNullable(pairs.remove("reason"));
        return new AuthResult(method, result, reason, pairs);
    }

    /**
     * One {@code reason=value} or {@code ptype.property=value}, kept in {@code into} unless an earlier
     * one had the name; a bare {@code name=value} that is neither is read and dropped.
     */
    private static void pair(HeaderCursor c, String method, Map<String, String> into) throws UnreadableHeader {
        String name = c.keyword("a property of '" + method + "'").toLowerCase(Locale.ROOT);
        c.skipCfws();
        if (c.peekIs('.')) {
            c.expect('.', "in a property name");
            c.skipCfws();
            name = name + "." + c.keyword("a property name after '" + name + ".'").toLowerCase(Locale.ROOT);
            c.skipCfws();
        }
        c.expect('=', "after '" + name + "'");
        c.skipCfws();
        String value = c.propertyValue();
        if (name.contains(".") || name.equals("reason")) {
            into.putIfAbsent(name, value);
        }
    }
}
