package org.mail2blog.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import freemarker.template.TemplateException;
import org.mail2blog.export.SiteDirectory;
import org.mail2blog.reader.SitePage;

/**
 * Writes the public site as static files: every {@link SitePage} rendered with the live service's
 * templates, plus the {@code static/} files (CSS) as they are. The directory is replaced as a whole
 * ({@link SiteDirectory}), so a web server serving it never sees half a site.
 */
final class SiteExport {
    private final Views views;
    private final Path staticDir;

    SiteExport(Views views, Path staticDir) {
        this.views = views;
        this.staticDir = staticDir;
    }

    /** Renders {@code pages} and the static files into {@code target}; returns the number of pages. */
    int write(Path target, List<SitePage> pages) throws IOException {
        SiteDirectory.replace(target, staging -> {
            for (SitePage page : pages) {
                Path file = SiteDirectory.file(staging, page.path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, render(page), StandardCharsets.UTF_8);
            }
            copyStatic(staging.resolve("static"));
        });
        return pages.size();
    }

    private String render(SitePage page) throws IOException {
        try {
            return views.render(page.template(), page.model());
        } catch (TemplateException e) {
            throw new IOException("cannot render " + page.path() + " with " + page.template() + ": "
                    + e.getMessage().lines().findFirst().orElse(e.toString()), e);
        }
    }

    private void copyStatic(Path into) throws IOException {
        try (Stream<Path> files = Files.walk(staticDir)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path copy = into.resolve(staticDir.relativize(source).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy);
            }
        }
    }
}
