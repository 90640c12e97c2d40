package org.mail2blog.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Mails that are one file each (.eml files, the files of a Maildir), read one at a time. Not thread-safe. */
final class FileListSource implements MailSource {
    private final Iterator<Path> files;
    private final long size;
    private long bytesRead;

    FileListSource(List<Path> files) throws IOException {
        this.files = List.copyOf(files).iterator();
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        this.size = total;
    }

    @Override
    public Optional<SourceMail> next() throws IOException {
        if (!files.hasNext()) {
            return Optional.empty();
        }
        Path file = files.next();
        byte[] raw = Files.readAllBytes(file);
        bytesRead += raw.length;
        return Optional.of(new SourceMail(file.toString(), raw));
    }

    @Override
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public long sizeBytes() {
        return size;
    }

    @Override
    public void close() {
        // Each file is closed as soon as it is read.
    }
}
