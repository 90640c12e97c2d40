package org.mail2blog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailFilesTest {
    @TempDir
    Path dir;

    private static List<String> readAll(List<Path> inputs) throws IOException {
        List<String> mails = new ArrayList<>();
        try (MailSource source = MailFiles.open(inputs)) {
            for (Optional<SourceMail> m = source.next(); m.isPresent(); m = source.next()) {
                mails.add(new String(m.get().raw(), StandardCharsets.UTF_8));
            }
            assertThat(source.bytesRead()).isEqualTo(source.sizeBytes());
        }
        return mails;
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void readsAMaildirFromNewAndCurInNameOrderAndSkipsHiddenFiles() throws IOException {
        write("box/cur/1310368440.M2.host:2,S", "Subject: andra\n\nTvå");
        write("box/new/1310368000.M1.host", "Subject: första\n\nEtt");
        write("box/cur/.1310369000.tmp", "Subject: halvskriven\n\n");
        Files.createDirectories(dir.resolve("box/tmp"));

        assertThat(readAll(List.of(dir.resolve("box")))).containsExactly("Subject: första\n\nEtt",
                "Subject: andra\n\nTvå");
    }

    @Test
    void readsSeveralEmlFilesInTheOrderGiven() throws IOException {
        Path b = write("b.eml", "Subject: Åsas svar\r\n\r\nHej");
        Path a = write("a.eml", "Subject: Rogers svar\r\n\r\nTack");

        assertThat(readAll(List.of(b, a))).containsExactly("Subject: Åsas svar\r\n\r\nHej",
                "Subject: Rogers svar\r\n\r\nTack");
    }

    @Test
    void tellsAnMboxFromASingleMailByItsFirstBytes() throws IOException {
        Path mbox = write("brev.txt", "From a@example.com Mon Jul 11 09:14:00 2011\nSubject: ett\n\nHej\n\n"
                + "From b@example.com Mon Jul 11 10:00:00 2011\nSubject: två\n\nHå\n");

        assertThat(MailFiles.kindOf(mbox)).isEqualTo(MailFiles.Kind.MBOX);
        assertThat(readAll(List.of(mbox))).hasSize(2);
    }

    @Test
    void readsNoMailFromAnEmptyFile() throws IOException {
        assertThat(readAll(List.of(write("tom.mbox", "")))).isEmpty();
    }

    @Test
    void refusesAMissingFileBeforeReadingAnyOther() throws IOException {
        Path eml = write("a.eml", "Subject: x\n\ny");

        assertThatThrownBy(() -> MailFiles.open(List.of(eml, dir.resolve("saknas.mbox"))))
                .isInstanceOf(ImportRefused.class).hasMessageContaining("saknas.mbox: no such file or folder");
    }

    @Test
    void refusesAFolderThatIsNotAMaildir() throws IOException {
        Files.createDirectories(dir.resolve("plain"));

        assertThatThrownBy(() -> MailFiles.open(List.of(dir.resolve("plain"))))
                .isInstanceOf(ImportRefused.class).hasMessageContaining("not a Maildir");
    }
}
