package org.mail2blog.export;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A directory of static files that is replaced as a whole: the new copy is written into a hidden
 * sibling directory, then the old one is renamed away and the new one renamed into place (two
 * renames in one parent directory), so a web server never serves a half-written site. A marker
 * file tells an earlier export from a directory of someone else's files, which is never replaced.
 */
public final class SiteDirectory {
    /** The file that marks a directory as written by this export. */
    public static final String MARKER = ".mail2blog-site";

    /** Writes the files of the new copy into {@code staging}. */
    @FunctionalInterface
    public interface Filler {
        void fill(Path staging) throws IOException;
    }

    private SiteDirectory() {
    }

    /** Fills a fresh copy and puts it at {@code target}; on any failure {@code target} is left as it was. */
    public static void replace(Path target, Filler filler) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        refuseForeign(dir);
        Files.createDirectories(dir.getParent());
        Path staging = dir.resolveSibling("." + dir.getFileName() + ".new-" + UUID.randomUUID());
        Files.createDirectory(staging);
        try {
            filler.fill(staging);
            Files.writeString(staging.resolve(MARKER), "written by ./mail2blog export-site; replaced as a whole\n");
            readableByAll(staging);
            swap(staging, dir);
        } finally {
            deleteTree(staging);
        }
    }

    /** The file {@code relative} (with '/' separators) under {@code root}; refused when it would leave {@code root}. */
    public static Path file(Path root, String relative) {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root.normalize()) || file.equals(root.normalize())) {
            throw new IllegalArgumentException("the page path '" + relative + "' leaves the export directory");
        }
        return file;
    }

    private static void refuseForeign(Path dir) throws ExportRefused {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ExportRefused(dir + " is a file, not a directory; choose a directory for the site");
        }
        if (Files.isDirectory(dir) && !Files.exists(dir.resolve(MARKER)) && !isEmpty(dir)) {
            throw new ExportRefused(dir + " holds files that no earlier export wrote (no " + MARKER
                    + "); choose an empty or new directory, it is replaced as a whole");
        }
    }

    private static boolean isEmpty(Path dir) throws ExportRefused {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new ExportRefused("cannot read " + dir + ": " + e.getMessage());
        }
    }

    private static void swap(Path staging, Path dir) throws IOException {
        if (!Files.exists(dir)) {
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = dir.resolveSibling("." + dir.getFileName() + ".old-" + UUID.randomUUID());
        Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /** The staging directory is new and private; a web server running as another user must read it. */
    private static void readableByAll(Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
