package org.mail2blog.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an mbox file (mboxo or mboxrd, LF or CRLF line ends) one message at a time, in constant
 * memory besides the message being returned: the stream is read through one fixed 64 KiB buffer.
 * <p>A message starts at a {@code From } separator line that is the file's first line or follows a
 * blank line, and that looks like a separator (a time such as {@code 09:14} in it), so a body line
 * such as "From the start we agreed…" after a paragraph break is not taken for one. The blank line
 * before a separator belongs to the separator, not the message. Body lines that start with
 * {@code From } after one or more {@code >} lose one {@code >} (mboxrd; for mboxo files this
 * restores the {@code >From } lines the writer escaped). Line ends are kept as they are in the file.
 * Not thread-safe.
 */
public final class MboxReader {
    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern SEPARATOR_TIME = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final int BUFFER_BYTES = 64 * 1024;
    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private long bytesRead;
    private boolean started;
    private byte[] line = new byte[256];
    private int lineLength;

    public MboxReader(InputStream in) {
        this.in = in;
    }

    /**
     * The next message's bytes.
     *
     * @return empty at the end of the file
     * @throws IOException when the stream fails, or when the file does not start with a separator line
     */
    public Optional<byte[]> next() throws IOException {
        if (!started && !start()) {
            return Optional.empty();
        }
        if (lineLength == 0) {
            return Optional.empty();
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream(8192);
        byte[] heldBlank = null;
        while (readLine()) {
            boolean blank = isBlank();
            if (heldBlank != null && isFromLine() && looksLikeSeparator()) {
                return Optional.of(message.toByteArray());
            }
            if (heldBlank != null) {
                message.write(heldBlank);
                heldBlank = null;
            }
            if (blank) {
                heldBlank = Arrays.copyOf(line, lineLength);
            } else {
                writeUnescaped(message);
            }
        }
        lineLength = 0;
        return Optional.of(message.toByteArray());
    }

    /** How many bytes of the stream have been read so far. */
    public long bytesRead() {
        return bytesRead;
    }

    /** Reads the first separator line; false for an empty stream. */
    private boolean start() throws IOException {
        started = true;
        if (!readLine()) {
            return false;
        }
        if (!isFromLine()) {
            throw new IOException("not an mbox file: its first line does not start with 'From '");
        }
        return true;
    }

    private void writeUnescaped(ByteArrayOutputStream message) {
        int skip = line[0] == '>' && isEscapedFrom() ? 1 : 0;
        message.write(line, skip, lineLength - skip);
    }

    /** True for {@code >From }, {@code >>From } …: a body line a writer escaped. */
    private boolean isEscapedFrom() {
        int i = 0;
        while (i < lineLength && line[i] == '>') {
            i++;
        }
        return startsWithFrom(i);
    }

    private boolean isFromLine() {
        return startsWithFrom(0);
    }

    private boolean startsWithFrom(int offset) {
        if (lineLength - offset < FROM.length) {
            return false;
        }
        return Arrays.equals(line, offset, offset + FROM.length, FROM, 0, FROM.length);
    }

    private boolean looksLikeSeparator() {
        return SEPARATOR_TIME.matcher(new String(line, 0, lineLength, StandardCharsets.ISO_8859_1)).find();
    }

    private boolean isBlank() {
        return lineLength == 1 && line[0] == '\n' || lineLength == 2 && line[0] == '\r' && line[1] == '\n';
    }

    /** Reads one line, with its line end if it has one, into {@link #line}; false at the end of the stream. */
    private boolean readLine() throws IOException {
        lineLength = 0;
        while (true) {
            if (position == limit && !fill()) {
                return lineLength > 0;
            }
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            boolean complete = end < limit;
            append(complete ? end + 1 : end);
            if (complete) {
                return true;
            }
        }
    }

    private void append(int end) {
        int count = end - position;
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(buffer, position, line, lineLength, count);
        lineLength += count;
        position = end;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        bytesRead += n;
        return true;
    }
}
