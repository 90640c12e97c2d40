package org.mail2blog.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The visible strings of one language, read from {@code <templates>/i18n/messages_<lang>.properties}
 * (UTF-8) so the blogger can change the wording without a rebuild. Immutable, thread-safe.
 */
public final class Texts {
    private final Locale locale;
    private final Map<String, String> strings;

    private Texts(Locale locale, Map<String, String> strings) {
        this.locale = locale;
        this.strings = Map.copyOf(strings);
    }

    /** Loads the bundle of {@code locale}'s language from the templates directory. */
    public static Texts load(Path templatesDir, Locale locale) throws IOException {
        Path file = templatesDir.resolve("i18n").resolve("messages_" + locale.getLanguage() + ".properties");
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        }
        Map<String, String> map = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
        return new Texts(locale, map);
    }

    public Locale locale() {
        return locale;
    }

    /** The string for {@code key}; a missing key is a bug in the bundle and fails loudly. */
    public String get(String key) {
        String value = strings.get(key);
        if (value == null) {
            throw new IllegalArgumentException("text '" + key + "' is missing from messages_"
                    + locale.getLanguage() + ".properties");
        }
        return value;
    }

    /** The string for {@code key} with {@code {0}}-style arguments filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** All strings, for templates ({@code ${t["reply.cta"]}}). */
    public Map<String, String> asMap() {
        return strings;
    }
}
