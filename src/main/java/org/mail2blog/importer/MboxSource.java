package org.mail2blog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The messages of one mbox file, streamed (see {@link MboxReader}). Not thread-safe. */
final class MboxSource implements MailSource {
    private final String file;
    private final InputStream in;
    private final MboxReader reader;
    private final long size;
    private int count;

    MboxSource(Path file) throws IOException {
        this(file.toString(), Files.newInputStream(file), Files.size(file));
    }

    /** An mbox read from a stream (a test's, a benchmark's); {@code name} is its name in origins. */
    MboxSource(InputStream in) {
        this("mbox", in, 0);
    }

    private MboxSource(String name, InputStream in, long size) {
        this.file = name;
        this.in = in;
        this.size = size;
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
