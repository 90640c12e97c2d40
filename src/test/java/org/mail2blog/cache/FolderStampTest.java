package org.mail2blog.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderStampTest {
    @TempDir
    Path templates;
    private final AtomicLong nanos = new AtomicLong();

    private FolderStamp stamp() throws IOException {
        Files.createDirectories(templates.resolve("reader"));
        Files.writeString(templates.resolve("reader/conversation.ftlh"), "<h1>${title}</h1>");
        return new FolderStamp(templates, Duration.ofSeconds(1), nanos::get);
    }

    @Test
    void anEditedTemplateChangesTheStampOnceTheIntervalHasPassed() throws IOException {
        FolderStamp stamp = stamp();
        String before = stamp.current();
        Path file = templates.resolve("reader/conversation.ftlh");
        Files.writeString(file, "<h1 class=\"rubrik\">${title}</h1>");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(stamp.current()).as("within the interval").isEqualTo(before);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(stamp.current()).isNotEqualTo(before);
    }

    @Test
    void aNewTemplateChangesTheStamp() throws IOException {
        FolderStamp stamp = stamp();
        String before = stamp.current();
        Files.writeString(templates.resolve("reader/search.ftlh"), "<p>sök</p>");
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());

        assertThat(stamp.current()).isNotEqualTo(before);
    }

    @Test
    void anUntouchedFolderKeepsItsStamp() throws IOException {
        FolderStamp stamp = stamp();
        String before = stamp.current();
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());

        assertThat(stamp.current()).isEqualTo(before);
    }
}
