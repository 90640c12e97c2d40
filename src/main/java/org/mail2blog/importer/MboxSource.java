package org.mail2blog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The messages of one mbox file, streamed (see {@link MboxReader}). Not thread-safe. */
final class MboxSource implements MailSource {
    private final Path file;
    private final InputStream in;
    private final MboxReader reader;
    private final long size;
    private int count;

    MboxSource(Path file) throws IOException {
        this.file = file;
        this.size = Files.size(file);
        this.in = Files.newInputStream(file);
        this.reader = new MboxReader(in);
    }

    @Override
    public Optional<SourceMail> next() throws IOException {
        Optional<byte[]> raw;
        try {
            raw = reader.next();
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return raw.map(bytes -> new SourceMail(file + "#" + ++count, bytes));
    }

    @Override
    public long bytesRead() {
        return reader.bytesRead();
    }

    @Override
    public long sizeBytes() {
        return size;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
