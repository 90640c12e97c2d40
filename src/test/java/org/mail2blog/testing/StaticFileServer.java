package org.mail2blog.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A plain static file server on a free loopback port, behaving as nginx or Apache do by default:
 * {@code /x} where {@code x} is a directory redirects to {@code /x/}, a directory is answered with
 * its {@code index.html}, the Content-Type comes from the file name's extension, and a missing file
 * is a 404 with the site's {@code 404.html}.
 */
public final class StaticFileServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css", "atom", "application/atom+xml");
    private final Path root;
    private final HttpServer server;

    public StaticFileServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", Ports.free()), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) {
            send(exchange, 404, root.resolve("404.html"));
        } else if (Files.isDirectory(file) && !path.endsWith("/")) {
            exchange.getResponseHeaders().set("Location", path + "/");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        } else {
            Path served = Files.isDirectory(file) ? file.resolve("index.html") : file;
            send(exchange, Files.isRegularFile(served) ? 200 : 404, Files.isRegularFile(served) ? served : root.resolve("404.html"));
        }
    }

    private static void send(HttpExchange exchange, int status, Path file) throws IOException {
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
