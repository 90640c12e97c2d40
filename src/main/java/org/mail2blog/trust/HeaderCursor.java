package org.mail2blog.trust;

/**
 * The lexical layer of an Authentication-Results value (RFC 8601 §2.2 with RFC 5322 CFWS and RFC 2045
 * tokens): white space and nested comments, tokens, quoted strings, keywords and property values. A
 * cursor over one value; not thread-safe. Every read checks the bounds, so hostile input ends in an
 * {@link UnreadableHeader}, never in an index error.
 */
final class HeaderCursor {
    /** RFC 2045 tspecials: they end a token. */
    private static final String TSPECIALS = "()<>@,;:\\\"/[]?=";
    private final String text;
    private int pos;

    HeaderCursor(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    boolean peekIs(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    boolean isDigitNext() {
        return pos < text.length() && isAsciiDigit(text.charAt(pos));
    }

    /** Skips folding white space and comments, which may nest and hold quoted pairs. */
    void skipCfws() throws UnreadableHeader {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                pos++;
            } else if (c == '(') {
                skipComment();
            } else {
                return;
            }
        }
    }

    private void skipComment() throws UnreadableHeader {
        int start = pos;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return;
            }
        }
        throw new UnreadableHeader("the comment opened at column " + (start + 1) + " is never closed");
    }

    void expect(char c, String what) throws UnreadableHeader {
        if (!peekIs(c)) {
            throw new UnreadableHeader("expected '" + c + "' " + what + " at column " + (pos + 1)
                    + ", found " + next());
        }
        pos++;
    }

    /** A method, result, ptype or property name: letters, digits, '-' and '_' (as written in the wild). */
    String keyword(String what) throws UnreadableHeader {
        int start = pos;
        while (pos < text.length() && isKeywordChar(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw new UnreadableHeader("expected " + what + " at column " + (start + 1) + ", found " + next());
        }
        return text.substring(start, pos);
    }

    String digits() {
        int start = pos;
        while (pos < text.length() && isAsciiDigit(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** An RFC 2045 value: a quoted string or a token. */
    String value(String what) throws UnreadableHeader {
        if (peekIs('"')) {
            return quoted();
        }
        int start = pos;
        while (pos < text.length() && isTokenChar(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw new UnreadableHeader("expected " + what + " at column " + (start + 1) + ", found " + next());
        }
        return text.substring(start, pos);
    }

    /**
     * A property value: a quoted string, or everything up to white space, ';' or a comment. That takes
     * {@code user@example.com}, {@code @example.com} and base64 such as {@code header.b=Ab+/9=} whole.
     * An empty value is allowed (some writers leave {@code smtp.mailfrom=} empty for a null sender).
     */
    String propertyValue() throws UnreadableHeader {
        if (peekIs('"')) {
            return quoted();
        }
        int start = pos;
        while (pos < text.length() && " \t\r\n;()\"".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() throws UnreadableHeader {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return value.toString();
            } else if (c == '\\' && pos < text.length()) {
                value.append(text.charAt(pos++));
            } else {
                value.append(c);
            }
        }
        throw new UnreadableHeader("the quoted string opened at column " + (start + 1) + " is never closed");
    }

    /** What comes next, for an error message: the character in quotes, or "the end". */
    private String next() {
        return atEnd() ? "the end" : "'" + text.charAt(pos) + "'";
    }

    private static boolean isKeywordChar(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == '-' || c == '_';
    }

    private static boolean isTokenChar(char c) {
        return c > ' ' && c != 0x7f && TSPECIALS.indexOf(c) < 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
