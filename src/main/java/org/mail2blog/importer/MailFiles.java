package org.mail2blog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Opens what the admin named on the command line as one {@link MailSource}: a folder with
 * {@code cur/} or {@code new/} is a Maildir (its files in name order, which is delivery order for
 * the usual Maildir names), a file that starts with {@code From } is an mbox (and so is an empty
 * file: no mail), any other file is one mail (.eml). Every input is checked before any is read, so a typo refuses the whole import.
 */
public final class MailFiles {
    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);

    private MailFiles() {
    }

    /**
     * The mails of all {@code inputs}, in the order given.
     *
     * @throws ImportRefused when an input is missing, unreadable or a folder that is not a Maildir
     */
    public static MailSource open(List<Path> inputs) throws IOException {
        List<Kind> kinds = new ArrayList<>();
        for (Path input : inputs) {
            kinds.add(kindOf(input));
        }
        List<MailSource> sources = new ArrayList<>();
        List<Path> singles = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path input = inputs.get(i);
            switch (kinds.get(i)) {
                case MBOX -> sources.add(new MboxSource(input));
                case MAILDIR -> sources.add(new FileListSource(maildirFiles(input)));
                case MESSAGE -> singles.add(input);
            }
        }
        if (!singles.isEmpty()) {
            sources.add(new FileListSource(singles));
        }
        return new ChainedSource(sources);
    }

    enum Kind { MBOX, MAILDIR, MESSAGE }

    static Kind kindOf(Path input) throws IOException {
        if (!Files.exists(input)) {
            throw new ImportRefused(input + ": no such file or folder");
        }
        if (!Files.isReadable(input)) {
            throw new ImportRefused(input + ": not readable (check its permissions)");
        }
        if (Files.isDirectory(input)) {
            if (!Files.isDirectory(input.resolve("cur")) && !Files.isDirectory(input.resolve("new"))) {
                throw new ImportRefused(input + ": a folder, but not a Maildir (it has neither cur/ nor new/)");
            }
            return Kind.MAILDIR;
        }
        // An empty file is an mbox that holds no mail yet (as a mail client leaves an empty folder), not an empty mail.
        return Files.size(input) == 0 || startsWithFrom(input) ? Kind.MBOX : Kind.MESSAGE;
    }

    private static boolean startsWithFrom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(FROM.length), FROM);
        } catch (IOException e) {
            throw new ImportRefused(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** The mail files in {@code new/} and {@code cur/}, by name; hidden files (a client's temporary ones) are not mail. */
    static List<Path> maildirFiles(Path maildir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String sub : List.of("new", "cur")) {
            Path folder = maildir.resolve(sub);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> listed = Files.list(folder)) {
                    listed.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .forEach(files::add);
                }
            }
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return files;
    }

    /** Several sources read one after the other. */
    private static final class ChainedSource implements MailSource {
        private final List<MailSource> sources;
        private int current;

        ChainedSource(List<MailSource> sources) {
            this.sources = sources;
        }

        @Override
        public Optional<SourceMail> next() throws IOException {
            while (current < sources.size()) {
                Optional<SourceMail> mail = sources.get(current).next();
                if (mail.isPresent()) {
                    return mail;
                }
                current++;
            }
            return Optional.empty();
        }

        @Override
        public long bytesRead() {
            return sources.stream().mapToLong(MailSource::bytesRead).sum();
        }

        @Override
        public long sizeBytes() {
            return sources.stream().mapToLong(MailSource::sizeBytes).sum();
        }

        @Override
        public void close() throws IOException {
            IOException failure = null;
            for (MailSource source : sources) {
                try {
                    source.close();
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
