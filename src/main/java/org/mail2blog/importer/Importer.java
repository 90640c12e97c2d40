package org.mail2blog.importer;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.blog.Slugs;
import org.mail2blog.importer.ImportCounts.Outcome;
import org.mail2blog.ingest.Archived;
import org.mail2blog.ingest.Quarantine;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.mime.MessageRejected;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.moderation.ModerationQueue.Filed;
import org.mail2blog.trim.Trimmed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an existing exchange into one conversation, mail by mail, the way the mailbox route
 * handles a mail: stored raw first (so a mail already stored, by an earlier import or from the
 * mailbox, is a duplicate and nothing more), then parsed and trimmed, then filed as a letter under
 * its From display name (the address stays private) and its Date. The admin chose these mails, so
 * the automatic-mail guard is not asked (a mailing-list archive is all list mail) and the letters
 * are published at once, or queued when asked; nobody is told and nobody becomes a follower. A mail
 * that cannot be read goes to the quarantine with its error. The audit log gets one entry per import.
 * Not thread-safe: one import at a time per instance.
 */
public final class Importer {
    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
    private final ImportSteps steps;
    private final Quarantine quarantine;
    private final ConversationRepository conversations;
    private final Jdbi jdbi;

    public Importer(ImportSteps steps, ConversationRepository conversations, Jdbi jdbi) {
        this.steps = steps;
        this.quarantine = new Quarantine(steps.archive());
        this.conversations = conversations;
        this.jdbi = jdbi;
    }

    /**
     * The conversation an import into an existing one goes to; checked before any mail is read.
     *
     * @throws ImportRefused when no conversation has that slug
     */
    public Optional<Conversation> checkTarget(ImportTarget target) throws ImportRefused {
        if (target.slug().isEmpty()) {
            return Optional.empty();
        }
        String slug = target.slug().get();
        return Optional.of(conversations.findBySlug(slug).orElseThrow(() -> new ImportRefused(
                "no conversation has the slug '" + slug + "'; see /admin/conversations, or use --new TITLE")));
    }

    /**
     * Imports every mail of {@code source}.
     *
     * @param inputs what the admin named, for the audit log
     * @throws IOException when the source cannot be read on; the mails imported before stay imported
     */
    public ImportResult run(MailSource source, String inputs, ImportTarget target, ImportListener listener)
            throws IOException {
        Run run = new Run(target, checkTarget(target));
        try {
            for (Optional<SourceMail> mail = source.next(); mail.isPresent(); mail = source.next()) {
                run.count(importOne(mail.get(), run));
                listener.progressed(run.counts, source.bytesRead(), source.sizeBytes());
            }
        } finally {
            audit(run, inputs);
        }
        return new ImportResult(run.counts, run.conversation, run.isCreated);
    }

    private Outcome importOne(SourceMail mail, Run run) {
        Archived stored = steps.archive().archive(new RawMessage(mail.raw()));
        if (stored.isDone()) {
            LOG.info("[import] {} is stored already as message key={} ({}); not imported again", mail.origin(),
                    stored.key(), stored.state());
            return Outcome.DUPLICATE;
        }
        Optional<Read> read = read(stored, mail.origin());
        if (read.isEmpty()) {
            return Outcome.QUARANTINED;
        }
        Filed filed = steps.queue().importLetter(stored.key(), read.get().parsed(), read.get().trimmed(),
                run.conversationId(), run.target.isQueued() ? Optional.empty() : Optional.of(run.target.actor()));
        return filed.isNew() ? Outcome.IMPORTED : Outcome.DUPLICATE;
    }

    private record Read(ParsedMessage parsed, Trimmed trimmed) {
    }

    /** Parses and trims the stored mail; a mail that cannot be read is quarantined and gives nothing. */
    private Optional<Read> read(Archived stored, String origin) {
        try {
            ParsedMessage parsed = steps.parser().parse(stored.raw());
            return Optional.of(new Read(parsed, steps.trimmer().trim(parsed.text())));
        } catch (MessageRejected e) {
            LOG.warn("[import] {} (message key={}) cannot be read: {}", origin, stored.key(), e.getMessage());
            quarantine.record(stored.key(), e);
        } catch (RuntimeException e) {
            // The per-mail boundary, as the routes' error handler is for mailbox mail: a bug in reading
            // one mail quarantines that mail, with its error, and the import goes on.
            LOG.warn("[import] {} (message key={}) failed while being read", origin, stored.key(), e);
            quarantine.record(stored.key(), e);
        }
        return Optional.empty();
    }

    private void audit(Run run, String inputs) {
        String target = run.conversation.map(c -> "conversation " + c.slug())
                .orElse("new conversation \u201c" + run.target.newTitle().orElse("") + "\u201d (not created)");
        String detail = run.counts.summary() + "; " + (run.target.isQueued() ? "queued" : "published")
                + (run.isCreated ? "; created the conversation as a draft" : "") + "; from " + inputs;
        jdbi.useTransaction(h -> new AuditLog(jdbi).record(h, run.target.actor(), "import", target, detail));
    }

    /** One import's state: its counts and, once it has one, its conversation. */
    private final class Run {
        private final ImportTarget target;
        private final long startedAt = System.nanoTime();
        private Optional<Conversation> conversation;
        private boolean isCreated;
        private ImportCounts counts = new ImportCounts(0, 0, 0, Duration.ZERO);

        Run(ImportTarget target, Optional<Conversation> existing) {
            this.target = target;
            this.conversation = existing;
        }

        void count(Outcome outcome) {
            counts = counts.with(outcome, Duration.ofNanos(System.nanoTime() - startedAt));
        }

        /** The conversation's id; a new one is created with the first letter, so a run with nothing new creates none. */
        long conversationId() {
            if (conversation.isEmpty()) {
                String title = target.newTitle().orElseThrow();
                conversation = Optional.of(jdbi.inTransaction(h -> {
                    Conversation created = conversations.createWithFreeSlug(h,
                            new NewConversation(Slugs.of(title), title, "", "", List.of(), false));
                    new AuditLog(jdbi).record(h, target.actor(), "create", "conversation " + created.slug(),
                            "\u201c" + title + "\u201d, draft, for an import");
                    return created;
                }));
                isCreated = true;
            }
            return conversation.get().id();
        }
    }
}
