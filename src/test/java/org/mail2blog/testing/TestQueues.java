package org.mail2blog.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.mail2blog.app.Database;
import org.mail2blog.blog.RecipientTokens;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.follow.FollowerRepository;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.moderation.LetterNotices;
import org.mail2blog.moderation.ModerationAddress;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.moderation.SenderTriage;
import org.mail2blog.sender.Senders;
import org.mail2blog.moderation.TokenScrubber;
import org.mail2blog.notify.ConversationNotifier;
import org.mail2blog.notify.MailComposer;
import org.mail2blog.notify.MailTemplates;
import org.mail2blog.notify.Notifier;
import org.mail2blog.notify.Outbox;
import org.mail2blog.support.Texts;
import org.mail2blog.trust.AuthenticationCheck;

/** A real moderation queue on a test database, with the real notifier and mail templates. */
public final class TestQueues {
    public static final String BLOG = "blog@example.com";
    public static final String BASE_URL = "http://blog.example.com";

    private TestQueues() {
    }

    public static ModerationQueue moderationQueue(Database db) {
        return moderationQueue(db, List.of());
    }

    /** A queue whose pending letters are also mailed to {@code adminAddresses}. */
    public static ModerationQueue moderationQueue(Database db, List<String> adminAddresses) {
        return moderationQueue(db, adminAddresses, List.of());
    }

    /**
     * A queue whose pending letters are mailed to {@code adminAddresses} and which believes the
     * Authentication-Results of {@code trustedAuthservIds}.
     */
    public static ModerationQueue moderationQueue(Database db, List<String> adminAddresses,
                                                  List<String> trustedAuthservIds) {
        Outbox outbox = new Outbox(db.jdbi(), new MailComposer("mail2blog", BLOG));
        Notifier notifier = new Notifier(outbox, mailTemplates(), Duration.ofMinutes(10), true);
        ReplyAddress replyAddress = new ReplyAddress(BLOG);
        LetterNotices notices = new LetterNotices(new FollowerRepository(db.jdbi()), new RecipientTokens(db.jdbi()),
                conversationNotifier(db), new LetterNotices.Links(BASE_URL, replyAddress, adminAddresses,
                DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("sv"))
                        .withZone(ZoneId.of("Europe/Stockholm"))), moderationAddress());
        return new ModerationQueue(db.jdbi(), "Anonym", notifier, replyAddress, BASE_URL, scrubber(), notices,
                new SenderTriage(new Senders(), new AuditLog(db.jdbi()),
                        new AuthenticationCheck(trustedAuthservIds)));
    }

    /** Moderation addresses signed with a fixed test secret. */
    public static ModerationAddress moderationAddress() {
        return new ModerationAddress(new ReplyAddress(BLOG),
                "a fixed test secret, 32 bytes long".getBytes(StandardCharsets.UTF_8));
    }

    /** The real scrubber, with the Swedish placeholders. */
    public static TokenScrubber scrubber() {
        return new TokenScrubber(BLOG, BASE_URL, "[svarsadress]", "[länk borttagen]");
    }

    /** The real conversation notifier on the test database's outbox. */
    public static ConversationNotifier conversationNotifier(Database db) {
        return new ConversationNotifier(new Outbox(db.jdbi(), new MailComposer("mail2blog", BLOG)), mailTemplates(),
                true);
    }

    /** The real mail templates, in Swedish. */
    public static MailTemplates mailTemplates() {
        try {
            Path templates = Path.of("templates");
            Texts texts = Texts.load(templates, Locale.forLanguageTag("sv"));
            return new MailTemplates(templates, texts.asMap(), texts.locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
