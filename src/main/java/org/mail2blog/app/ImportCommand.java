package org.mail2blog.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.stream.Collectors;

import org.mail2blog.importer.ImportRefused;
import org.mail2blog.importer.ImportResult;
import org.mail2blog.importer.ImportSteps;
import org.mail2blog.importer.Importer;
import org.mail2blog.importer.MailFiles;
import org.mail2blog.importer.MailSource;

/**
 * The {@code import} command: brings an existing exchange into one conversation (see
 * {@link Importer}). Like {@link AdminCommands} it opens the configured database itself, so it
 * works while the service runs, and it builds the same beans as the service. Progress goes to
 * stderr; stdout ends with the summary line ({@code imported N, duplicates N, quarantined N (N
 * messages in S.S s, N messages/s)}). Exit codes: 0 done (also when some mails went to the
 * quarantine), 1 refused or failed (an input missing or unreadable, an unknown slug, a file that
 * broke off), 2 wrong usage or configuration, 3 the database cannot be opened.
 */
final class ImportCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Settings settings;
    private final boolean isTerminal;

    ImportCommand(PrintStream out, PrintStream err, Settings settings, boolean isTerminal) {
        this.out = out;
        this.err = err;
        this.settings = settings;
        this.isTerminal = isTerminal;
    }

    void run(ImportRequest request) throws CommandRefused {
        String inputs = request.inputs().stream().map(p -> p.toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(", "));
        ImportResult result;
        try (MailSource source = MailFiles.open(request.inputs()); Database database = AdminCommands.open(settings);
             Beans beans = new Beans(settings, database.jdbi())) {
            Importer importer = new Importer(new ImportSteps(beans.messageArchive(), beans.mimeParser(),
                    beans.replyTrimmer(), beans.moderationQueue()), beans.conversations(), database.jdbi());
            importer.checkTarget(request.target());
            ImportProgress progress = new ImportProgress(err, isTerminal, database.jdbi());
            try {
                result = importer.run(source, inputs, request.target(), progress);
            } finally {
                progress.finish();
            }
        } catch (ImportRefused e) {
            throw new CommandRefused(1, e.getMessage());
        } catch (IOException e) {
            throw new CommandRefused(1, "the import stopped: " + e.getMessage() + "; the mails read before are"
                    + " imported, and running the same import again imports only the rest");
        }
        report(result);
    }

    private void report(ImportResult result) {
        result.conversation().ifPresent(c -> {
            String where = settings.baseUrl() + (c.isPublished() ? "/t/" + c.slug() : "/admin/conversations");
            out.println((result.isCreated() ? "Created the draft conversation '" : "Conversation '") + c.slug()
                    + "' (" + (c.isPublished() ? "published" : "draft, publish it when it is ready") + "): " + where);
        });
        if (result.counts().quarantined() > 0) {
            out.println("Mails that could not be read are in the quarantine: " + settings.baseUrl() + "/admin/quarantine");
        }
        out.println(result.counts().summary());
    }
}
