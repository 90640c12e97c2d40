package org.mail2blog.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Fixture files under {@code src/test/resources}: discovering the cases of a folder and reading them. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The case names in a resource folder: file names ending in {@code suffix}, without it, sorted. */
    public static Stream<String> names(String folder, String suffix) {
        URL url = Objects.requireNonNull(Fixtures.class.getResource(folder), "no fixture folder " + folder);
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).sorted().toList();
            return names.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of {@code folder/name}. */
    public static byte[] bytes(String folder, String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream(folder + "/" + name)) {
            return Objects.requireNonNull(in, "missing fixture " + folder + "/" + name).readAllBytes();
        }
    }
}
