package org.mail2blog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mail2blog.export.Mbox;

class MboxReaderTest {
    private static final String SEPARATOR = "From lena@example.com Mon Jul 11 09:14:00 2011\n";

    private static List<String> read(String mbox) throws IOException {
        return read(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> read(InputStream in) throws IOException {
        MboxReader reader = new MboxReader(in);
        List<String> messages = new ArrayList<>();
        for (Optional<byte[]> m = reader.next(); m.isPresent(); m = reader.next()) {
            messages.add(new String(m.get(), StandardCharsets.UTF_8));
        }
        return messages;
    }

    @Test
    void splitsMessagesAtSeparatorLinesAndDropsTheBlankLineBeforeThem() throws IOException {
        String mbox = SEPARATOR + "Subject: ett\n\nHej!\n\n"
                + "From roger@example.com Mon Jul 11 21:40:00 2011\n" + "Subject: två\n\nTack.\n\n";

        assertThat(read(mbox)).containsExactly("Subject: ett\n\nHej!\n", "Subject: två\n\nTack.\n");
    }

    @Test
    void keepsCrlfLineEnds() throws IOException {
        String mbox = (SEPARATOR + "Subject: ett\n\nHej!\n\n" + SEPARATOR + "Subject: två\n\nTack.\n\n")
                .replace("\n", "\r\n");

        assertThat(read(mbox)).containsExactly("Subject: ett\r\n\r\nHej!\r\n", "Subject: två\r\n\r\nTack.\r\n");
    }

    @Test
    void unescapesOneQuoteCharacterFromEscapedFromLines() throws IOException {
        String mbox = SEPARATOR + "Subject: citat\n\n>From Lena's garden.\n>>From the book.\n> From the quote.\n\n";

        assertThat(read(mbox)).containsExactly(
                "Subject: citat\n\nFrom Lena's garden.\n>From the book.\n> From the quote.\n");
    }

    @Test
    void keepsAFromLineInTheBodyThatIsNotASeparator() throws IOException {
        String mbox = SEPARATOR + "Subject: brev\n\nHej,\n\nFrom the start we agreed on composting.\n\n"
                + "Åsa skrev:\nFrom what I heard at 10:30 the bins were full.\n\n";

        assertThat(read(mbox)).containsExactly("Subject: brev\n\nHej,\n\nFrom the start we agreed on composting.\n\n"
                + "Åsa skrev:\nFrom what I heard at 10:30 the bins were full.\n");
    }

    @Test
    void readsALastMessageWithoutTrailingNewline() throws IOException {
        assertThat(read(SEPARATOR + "Subject: sist\n\nMvh Åsa")).containsExactly("Subject: sist\n\nMvh Åsa");
    }

    @Test
    void readsNothingFromAnEmptyFile() throws IOException {
        assertThat(read("")).isEmpty();
    }

    @Test
    void refusesAFileThatDoesNotStartWithASeparator() {
        assertThatThrownBy(() -> read("Subject: inte mbox\n\nHej\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("not an mbox file");
    }

    /** The export writes LF line ends and ends every message with one; the reader gives back exactly that. */
    @Test
    void readsBackWhatOurOwnExportWrites() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Mbox mbox = new Mbox(file);
        byte[] first = "Subject: ett\r\n\r\nFrom the start.\r\n>From a quote.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] second = "Subject: två\n\nSista raden".getBytes(StandardCharsets.UTF_8);
        mbox.append("noreply@mail2blog.invalid", OffsetDateTime.parse("2011-07-11T09:14:00+02:00"), first);
        mbox.append("noreply@mail2blog.invalid", OffsetDateTime.parse("2011-07-12T10:00:00+02:00"), second);

        assertThat(read(new ByteArrayInputStream(file.toByteArray()))).containsExactly(
                "Subject: ett\n\nFrom the start.\n>From a quote.\n", "Subject: två\n\nSista raden\n");
    }

    @Test
    void streamsAFileLargerThanItsBufferOneMessageAtATime() throws IOException {
        int messages = 3000;
        String one = SEPARATOR + "Subject: brev\n\n" + "Rad med lite text om kompost och pant.\n".repeat(40) + "\n";
        InputStream endless = new InputStream() {
            private final byte[] bytes = one.getBytes(StandardCharsets.UTF_8);
            private long position;

            @Override
            public int read() {
                return position < (long) bytes.length * messages ? bytes[(int) (position++ % bytes.length)] & 0xff : -1;
            }
        };
        MboxReader reader = new MboxReader(endless);
        int count = 0;
        while (reader.next().isPresent()) {
            count++;
        }

        assertThat(count).isEqualTo(messages);
        assertThat(reader.bytesRead()).isEqualTo((long) one.getBytes(StandardCharsets.UTF_8).length * messages);
    }
}
