package org.mail2blog.admin;

/**
 * HTML that {@link MailHtmlSanitizer} produced: the only kind of value an admin template may print
 * with {@code ?no_esc} ({@code ${x.markup()?no_esc}}). Nothing outside this package can make one.
 */
public final class SafeHtml {
    static final SafeHtml EMPTY = new SafeHtml("");
    private final String markup;

    SafeHtml(String markup) {
        this.markup = markup;
    }

    /** The sanitised markup. */
    public String markup() {
        return markup;
    }

    public boolean isEmpty() {
        return markup.isBlank();
    }

    @Override
    public String toString() {
        return markup;
    }
}
