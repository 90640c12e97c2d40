package org.mail2blog.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One large value held between reading it from the source and writing it into the target: small ones
 * in memory, larger ones in a temporary file, so a batch of raw mails never needs more memory than
 * the in-memory limit per value. Some drivers read a stream only when the batch executes (PostgreSQL),
 * after the source cursor has moved on, so the value cannot stay a stream of the source row. Not
 * thread-safe; {@link #close()} deletes the file.
 */
final class LobSpool implements java.io.Closeable {
    /** Values up to this many bytes (or characters) stay in memory. */
    static final int IN_MEMORY_LIMIT = 256 * 1024;

    private final byte[] bytes;
    private final Path file;
    private final long length;

    private LobSpool(byte[] bytes, Path file, long length) {
        this.bytes = bytes;
        this.file = file;
        this.length = length;
    }

    /** Reads the whole stream; bytes past the in-memory limit go to a temporary file. */
    static LobSpool ofBytes(InputStream in) throws IOException {
        byte[] head = in.readNBytes(IN_MEMORY_LIMIT + 1);
        if (head.length <= IN_MEMORY_LIMIT) {
            return new LobSpool(head, null, head.length);
        }
        Path file = Files.createTempFile("mail2blog-copy", ".lob");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            return new LobSpool(null, file, head.length + in.transferTo(out));
        }
    }

    /** Reads the whole text; characters past the in-memory limit go to a temporary file (UTF-8). */
    static LobSpool ofCharacters(Reader in) throws IOException {
        char[] head = new char[IN_MEMORY_LIMIT + 1];
        int read = in.read(head, 0, head.length);
        int filled = Math.max(read, 0);
        while (read >= 0 && filled < head.length) {
            read = in.read(head, filled, head.length - filled);
            filled += Math.max(read, 0);
        }
        if (filled <= IN_MEMORY_LIMIT) {
            return new LobSpool(new String(head, 0, filled).getBytes(StandardCharsets.UTF_8), null, filled);
        }
        Path file = Files.createTempFile("mail2blog-copy", ".lob");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head, 0, filled);
            return new LobSpool(null, file, filled + in.transferTo(out));
        }
    }

    /** Bytes, or characters for a text value. */
    long length() {
        return length;
    }

    /** Bytes held in memory (zero when the value is in a file). */
    long inMemory() {
        return bytes == null ? 0 : bytes.length;
    }

    InputStream openBytes() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    Reader openCharacters() throws IOException {
        return bytes != null ? new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    /** For the tests: whether the value went to a file. */
    boolean isSpooledToFile() {
        return file != null;
    }
}
