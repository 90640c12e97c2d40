package org.mail2blog.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * {@code /static/*} from the templates' {@code static} folder. Text files (CSS, JavaScript, SVG) go
 * through {@link CachedPages}: kept in memory, compressed, with ETag and Last-Modified, revalidated
 * on every use ({@code no-cache}) so an edited stylesheet shows at once. Other files are served by
 * Vert.x's StaticHandler with Last-Modified, 304 answers and the same {@code no-cache}.
 */
final class StaticFiles {
    private static final Map<String, String> TEXT_TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8");
    private final Path folder;

    StaticFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    void mount(Router router, CachedPages pages) {
        router.get("/static/*").blockingHandler(pages.of(this::text), false);
        router.get("/static/*").handler(ctx -> {
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set("Cache-Control", "no-cache"));
            ctx.next();
        });
        router.get("/static/*").handler(StaticHandler.create(FileSystemAccess.ROOT, folder.toString())
                .setDirectoryListing(false).setFilesReadOnly(false));
    }

    /** A text file's content; null (to the StaticHandler) for other files and anything outside the folder. */
    private CachedPages.Rendered text(RoutingContext ctx) throws IOException {
        String name = ctx.normalizedPath().substring("/static/".length());
        String type = TEXT_TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        Path file = folder.resolve(name).normalize();
        if (type == null || !file.startsWith(folder) || !Files.isRegularFile(file)) {
            return null;
        }
        return new CachedPages.Rendered(200, type, Files.readString(file));
    }
}
