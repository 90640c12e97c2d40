package org.mail2blog.app;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.mail2blog.support.Texts;

/**
 * Renders the Freemarker templates in the templates directory. {@code .ftlh} files are HTML with
 * auto-escaping on; templates are re-read a second after they change, so the blogger's edits apply
 * without a rebuild. Missing values fail the render instead of printing blanks. Thread-safe.
 */
public final class Views {
    private final Configuration config;

    public Views(Path templatesDir, Texts texts) throws IOException {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new FileTemplateLoader(templatesDir.toFile()));
        config.setRecognizeStandardFileExtensions(true);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(texts.locale());
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setTemplateUpdateDelayMilliseconds(1000);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        try {
            config.setSharedVariable("t", texts.asMap());
            config.setSharedVariable("lang", texts.locale().getLanguage().toLowerCase(Locale.ROOT));
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException("cannot share the texts with the templates", e);
        }
    }

    /**
     * Makes {@code value} a variable of every template, from now on. The static export shares
     * {@code serviceUrl} (the running service's base URL) so that forms on the copy post to the service.
     */
    public void share(String name, String value) {
        try {
            config.setSharedVariable(name, value);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException("cannot share " + name + " with the templates", e);
        }
    }

    /** Renders {@code name} (relative to the templates directory) with the view model {@code model}. */
    public String render(String name, Object model) throws IOException, TemplateException {
        StringWriter out = new StringWriter();
        config.getTemplate(name).process(model, out);
        return out.toString();
    }
}
