package org.mail2blog.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteDirectoryTest {
    @TempDir
    Path parent;

    private Path site() {
        return parent.resolve("site");
    }

    private static void page(Path staging, String relative, String text) throws IOException {
        Path file = SiteDirectory.file(staging, relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private long entriesInParent() throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.count();
        }
    }

    @Test
    void writesANewDirectoryWithItsMarker() throws Exception {
        SiteDirectory.replace(site(), staging -> page(staging, "t/kompost/index.html", "Kompost på gården"));
        assertThat(Files.readString(site().resolve("t/kompost/index.html"))).isEqualTo("Kompost på gården");
        assertThat(site().resolve(SiteDirectory.MARKER)).exists();
        assertThat(entriesInParent()).isEqualTo(1);
    }

    @Test
    void replacesAnEarlierExportAsAWhole() throws Exception {
        SiteDirectory.replace(site(), staging -> page(staging, "t/gammal/index.html", "old"));
        SiteDirectory.replace(site(), staging -> page(staging, "index.html", "new"));
        assertThat(site().resolve("t/gammal")).doesNotExist();
        assertThat(Files.readString(site().resolve("index.html"))).isEqualTo("new");
        assertThat(entriesInParent()).isEqualTo(1);
    }

    @Test
    void keepsTheEarlierExportWhenWritingFails() throws Exception {
        SiteDirectory.replace(site(), staging -> page(staging, "index.html", "old"));
        assertThatThrownBy(() -> SiteDirectory.replace(site(), staging -> {
            page(staging, "index.html", "half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(site().resolve("index.html"))).isEqualTo("old");
        assertThat(entriesInParent()).isEqualTo(1);
    }

    @Test
    void refusesADirectoryOfOtherFiles() throws Exception {
        Files.createDirectories(site());
        Files.writeString(site().resolve("notes.txt"), "mina anteckningar");
        assertThatThrownBy(() -> SiteDirectory.replace(site(), staging -> page(staging, "index.html", "x")))
                .isInstanceOf(ExportRefused.class).hasMessageContaining("no earlier export wrote");
        assertThat(Files.readString(site().resolve("notes.txt"))).isEqualTo("mina anteckningar");
        assertThat(entriesInParent()).isEqualTo(1);
    }

    @Test
    void takesAnEmptyDirectory() throws Exception {
        Files.createDirectories(site());
        SiteDirectory.replace(site(), staging -> page(staging, "index.html", "x"));
        assertThat(site().resolve("index.html")).exists();
    }

    @Test
    void refusesAPagePathOutsideTheDirectory() {
        assertThatThrownBy(() -> SiteDirectory.file(parent, "../elsewhere.html"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaves the export directory");
    }
}
