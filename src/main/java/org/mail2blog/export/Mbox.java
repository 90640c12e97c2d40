package org.mail2blog.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes messages in the mboxrd format: each one starts with a {@code From sender date} line, its
 * line ends become LF, every body line that starts with {@code From } after any number of {@code >}
 * gets one more {@code >} (so a reader takes exactly one away again), and a blank line ends it.
 */
public final class Mbox {
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);
    private static final Pattern FROM_LINE = Pattern.compile("^>*From ");
    private final OutputStream out;

    public Mbox(OutputStream out) {
        this.out = out;
    }

    /** Appends one message (its raw bytes, CRLF or LF line ends), sent by {@code sender} at {@code date}. */
    public void append(String sender, OffsetDateTime date, byte[] message) throws IOException {
        write(separator(sender, date));
        String text = new String(message, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        for (String line : text.split("\n", -1)) {
            write(quote(line) + "\n");
        }
        write("\n");
        out.flush();
    }

    /** The {@code From } line that starts a message: sender and date in UTC, asctime style. */
    static String separator(String sender, OffsetDateTime date) {
        return "From " + sender + " " + ASCTIME.format(date.withOffsetSameInstant(ZoneOffset.UTC)) + "\n";
    }

    /** A body line as stored: one more {@code >} in front of a {@code From } line, quoted or not. */
    static String quote(String line) {
        return FROM_LINE.matcher(line).find() ? ">" + line : line;
    }

    private void write(String latin1) throws IOException {
        out.write(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }
}
