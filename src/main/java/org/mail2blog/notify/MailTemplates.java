package org.mail2blog.notify;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import freemarker.cache.FileTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;

/**
 * Renders the mail templates in {@code <templates>/mail/}: {@code <kind>.subject.ftl},
 * {@code <kind>.txt.ftl} (plain text) and {@code <kind>.html.ftlh} (HTML, auto-escaped). The
 * blogger may edit them; changes apply within a second. Thread-safe.
 */
public final class MailTemplates {
    private final Configuration config;

    /**
     * @param templatesDir the templates directory
     * @param texts        the visible strings of the blog's language, shared as {@code t}
     * @param locale       the blog's language
     */
    public MailTemplates(Path templatesDir, Map<String, String> texts, Locale locale) throws IOException {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new FileTemplateLoader(templatesDir.resolve("mail").toFile()));
        config.setRecognizeStandardFileExtensions(true);
        config.setDefaultEncoding("UTF-8");
        config.setLocale(locale);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setTemplateUpdateDelayMilliseconds(1000);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        try {
            config.setSharedVariable("t", texts);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("cannot share the texts with the mail templates", e);
        }
    }

    /** The three parts of a mail. */
    public record Rendered(String subject, String text, String html) {
    }

    /** Renders the subject, text and HTML templates of {@code kind} with {@code model}. */
    public Rendered render(String kind, Object model) {
        return new Rendered(renderOne(kind + ".subject.ftl", model).strip(), renderOne(kind + ".txt.ftl", model),
                renderOne(kind + ".html.ftlh", model));
    }

    private String renderOne(String name, Object model) {
        try {
            StringWriter out = new StringWriter();
            config.getTemplate(name).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("mail template mail/" + name + " failed: " + e.getMessage(), e);
        }
    }
}
