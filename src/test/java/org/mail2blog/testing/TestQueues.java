package org.mail2blog.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.mail2blog.app.Database;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.moderation.TokenScrubber;
import org.mail2blog.notify.MailComposer;
import org.mail2blog.notify.MailTemplates;
import org.mail2blog.notify.Notifier;
import org.mail2blog.notify.Outbox;
import org.mail2blog.support.Texts;

/** A real moderation queue on a test database, with the real notifier and mail templates. */
public final class TestQueues {
    public static final String BLOG = "blog@example.com";
    public static final String BASE_URL = "http://blog.example.com";

    private TestQueues() {
    }

    public static ModerationQueue moderationQueue(Database db) {
        try {
            Path templates = Path.of("templates");
            Texts texts = Texts.load(templates, Locale.forLanguageTag("sv"));
            Outbox outbox = new Outbox(db.jdbi(), new MailComposer("mail2blog", BLOG));
            Notifier notifier = new Notifier(outbox, new MailTemplates(templates, texts.asMap(), texts.locale()),
                    Duration.ofMinutes(10), true);
            return new ModerationQueue(db.jdbi(), "Anonym", notifier, new ReplyAddress(BLOG), BASE_URL,
                    new TokenScrubber(BLOG, BASE_URL, texts.get("scrub.reply-address"), texts.get("scrub.link")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
