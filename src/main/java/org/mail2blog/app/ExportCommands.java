package org.mail2blog.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import jakarta.mail.MessagingException;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.export.ConversationMbox;
import org.mail2blog.export.ExportRefused;
import org.mail2blog.export.LetterMails;
import org.mail2blog.reader.SitePages;

/**
 * The {@code export-site DIR} and {@code export-mbox SLUG FILE} commands. Like {@link AdminCommands}
 * they open the configured database themselves, so they work while the service runs, and they build
 * the same page beans and templates as the service. Exit codes: 0 done, 1 refused or failed (unknown
 * slug, a directory that is not an earlier export, a file that cannot be written), 2 wrong usage or
 * configuration, 3 the database cannot be opened.
 */
final class ExportCommands {
    private final PrintStream out;
    private final Settings settings;

    ExportCommands(PrintStream out, Settings settings) {
        this.out = out;
        this.settings = settings;
    }

    /**
     * Writes the public site into {@code dir}, replacing an earlier export there as a whole. The
     * follow form on the copy posts to the running service ({@code mail2blog.web.base-url}), the
     * only difference from the live pages.
     */
    void site(Path dir) throws CommandRefused {
        int pages;
        try (Database database = AdminCommands.open(settings);
             Beans beans = new Beans(settings, database.jdbi())) {
            beans.views().share("serviceUrl", settings.baseUrl());
            pages = new SiteExport(beans.views(), settings.templatesDir().resolve("static"))
                    .write(dir, new SitePages(beans.readerPages(), beans.feeds()).list());
        } catch (IOException e) {
            throw new CommandRefused(1, "cannot export the site to " + dir + ": " + e.getMessage());
        }
        out.println("Exported " + pages + " pages and the static files to " + dir.toAbsolutePath().normalize());
    }

    /** Writes the published letters of conversation {@code slug} to {@code file} (written aside, then moved into place). */
    void mbox(String slug, Path file) throws CommandRefused {
        int count;
        try (Database database = AdminCommands.open(settings)) {
            ConversationMbox mbox = new ConversationMbox(new ConversationRepository(database.jdbi()),
                    new LetterRepository(database.jdbi()), new LetterMails(settings.blogAddress()));
            Conversation conversation = mbox.find(slug).orElseThrow(() -> new CommandRefused(1,
                    "no published conversation has the slug '" + slug + "'; the slug is the last part of /t/{slug}"));
            count = writeAside(file, stream -> mbox.write(conversation, stream));
        } catch (IOException | MessagingException e) {
            throw new CommandRefused(1, "cannot write " + file + ": " + e);
        }
        out.println("Wrote " + count + " published letters of '" + slug + "' to " + file);
    }

    /** Something that writes a file's content and says how many items it wrote. */
    private interface Content {
        int write(OutputStream out) throws IOException, MessagingException;
    }

    private static int writeAside(Path file, Content content) throws IOException, MessagingException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new ExportRefused(target + " is a directory; give the name of the mbox file to write");
        }
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try (OutputStream stream = Files.newOutputStream(temp)) {
            int count = content.write(stream);
            stream.close();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
