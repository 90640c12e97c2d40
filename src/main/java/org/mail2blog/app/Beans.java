package org.mail2blog.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.apache.camel.main.Main;
import org.jdbi.v3.core.Jdbi;
import org.mail2blog.admin.AdminAccounts;
import org.mail2blog.admin.AdminAddresses;
import org.mail2blog.admin.AdminPages;
import org.mail2blog.admin.LetterReviews;
import org.mail2blog.admin.OriginalMails;
import org.mail2blog.admin.SenderPages;
import org.mail2blog.login.LoginThrottle;
import org.mail2blog.login.SessionLifetime;
import org.mail2blog.admin.ConversationOverview;
import org.mail2blog.admin.DecisionPages;
import org.mail2blog.admin.ConversationEditor;
import org.mail2blog.admin.ConversationOverview;
import org.mail2blog.admin.ConversationPages;
import org.mail2blog.cache.DataVersion;
import org.mail2blog.cache.FolderStamp;
import org.mail2blog.cache.SharedDataVersion;
import org.mail2blog.cache.SiteVersion;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LatestLetterRepository;
import org.mail2blog.guard.AutoReplyGuard;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.LetterSearch;
import org.mail2blog.blog.RecipientTokens;
import org.mail2blog.follow.FollowCommand;
import org.mail2blog.follow.FollowPages;
import org.mail2blog.follow.FollowRequests;
import org.mail2blog.follow.FollowerRepository;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.decide.AdminAnswers;
import org.mail2blog.decide.FromAuthentication;
import org.mail2blog.decide.ModerationReplies;
import org.mail2blog.decide.ServerSecret;
import org.mail2blog.exchange.ExchangeExtractor;
import org.mail2blog.ingest.Archived;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.mailbox.MailboxConnection;
import org.mail2blog.mailbox.Pop3Mailbox;
import org.mail2blog.mailbox.Pop3Uidls;
import org.mail2blog.mime.MimeParser;
import org.mail2blog.ingest.Quarantine;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.moderation.ConversationLetters;
import org.mail2blog.moderation.EmbeddedLetters;
import org.mail2blog.moderation.LetterNotices;
import org.mail2blog.moderation.ModerationAddress;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.sender.SenderDecisions;
import org.mail2blog.sender.SenderHistory;
import org.mail2blog.moderation.SenderTriage;
import org.mail2blog.moderation.SpamLetters;
import org.mail2blog.sender.Senders;
import org.mail2blog.moderation.TokenScrubber;
import org.mail2blog.withdraw.Withdrawals;
import org.mail2blog.moderation.UnmatchedInbox;
import org.mail2blog.notify.ConversationNotifier;
import org.mail2blog.notify.MailComposer;
import org.mail2blog.notify.MailTemplates;
import org.mail2blog.notify.ModerationNotifier;
import org.mail2blog.notify.Notifier;
import org.mail2blog.notify.Outbox;
import org.mail2blog.notify.OutboxSender;
import org.mail2blog.oauth.AccessTokens;
import org.mail2blog.oauth.RefreshGrant;
import org.mail2blog.oauth.TokenEndpoint;
import org.mail2blog.oauth.TokenRefused;
import org.mail2blog.reader.Feeds;
import org.mail2blog.reader.ReaderPages;
import org.mail2blog.reader.SearchPages;
import org.mail2blog.reader.WithdrawPages;
import org.mail2blog.start.ConversationStarter;
import org.mail2blog.start.StartCommandDetector;
import org.mail2blog.support.Texts;
import org.mail2blog.thread.SubjectGuess;
import org.mail2blog.thread.ThreadMatcher;
import org.mail2blog.trim.ReplyTrimmer;
import org.mail2blog.trust.AuthenticationCheck;

/**
 * Builds every bean once, by constructor injection, and binds the ones routes use into Camel's
 * registry under their lowerCamel class names. The wiring is type-checked here, in one place.
 */
public final class Beans implements AutoCloseable {
    /** Mails fetched in one POP3 poll at most, as the IMAP route's maxMessagesPerPoll. */
    private static final int MAX_MAILS_PER_POLL = 50;
    private final Settings settings;
    private final Texts texts;
    private final Views views;
    private final SiteVersion siteVersion;
    private final MessageArchive messageArchive;
    private final MimeParser mimeParser = new MimeParser();
    private final ReplyTrimmer replyTrimmer = new ReplyTrimmer();
    private final ReplyAddress replyAddress;
    private final ConversationRepository conversations;
    private final LetterRepository letters;
    private final ThreadMatcher threadMatcher;
    private final AutoReplyGuard autoReplyGuard;
    private final Outbox outbox;
    private final Notifier notifier;
    private final OutboxSender outboxSender;
    private final ModerationQueue moderationQueue;
    private final FollowCommand followCommand;
    private final FollowPages followPages;
    private final AdminAccounts adminAccounts;
    private final AdminAddresses adminAddresses;
    private final LoginThrottle loginThrottle;
    private final SessionLifetime sessionLifetime;
    private final ReaderPages readerPages;
    private final Feeds feeds;
    private final SearchPages searchPages;
    private final AdminPages adminPages;
    private final WithdrawPages withdrawPages;
    private final StartCommandDetector startCommandDetector;
    private final ConversationStarter conversationStarter;
    private final UnmatchedInbox unmatchedInbox;
    private final ConversationOverview conversationOverview;
    private final ModerationReplies moderationReplies;
    private final DecisionPages decisionPages;
    private MailReplay mailReplay;
    private final ConversationEditor conversationEditor;
    private final ConversationPages conversationPages;
    private final ConversationLetters conversationLetters;
    private final SenderDecisions senderDecisions;
    private final SpamLetters spamLetters;
    private final SenderPages senderPages;
    private final Pop3Uidls pop3Uidls;
    private final Cluster cluster;
    private SharedDataVersion sharedDataVersion;

    public Beans(Settings settings, Jdbi jdbi) throws IOException {
        this.settings = settings;
        cluster = Cluster.of(settings);
        texts = Texts.load(settings.templatesDir(), settings.language());
        views = new Views(settings.templatesDir(), texts);
        siteVersion = siteVersion(jdbi);
        messageArchive = new MessageArchive(jdbi);
        pop3Uidls = new Pop3Uidls(jdbi, settings.mailboxUser() + "@" + settings.mailboxHost());
        adminAccounts = new AdminAccounts(jdbi);
        adminAddresses = new AdminAddresses(settings.adminAddresses(), adminAccounts);
        loginThrottle = new LoginThrottle(new LoginThrottle.Limits(settings.loginMaxFailures(),
                settings.loginMaxFailuresPerAddress(), settings.loginWindow()), Clock.systemUTC());
        sessionLifetime = new SessionLifetime(settings.sessionLifetime(), Clock.systemUTC());
        replyAddress = new ReplyAddress(settings.blogAddress());
        conversations = new ConversationRepository(jdbi);
        letters = new LetterRepository(jdbi);
        threadMatcher = new ThreadMatcher(replyAddress, conversations, jdbi,
                new SubjectGuess(jdbi, settings.subjectMatchWindow()));
        MailComposer composer = new MailComposer(settings.notifyFromName(), settings.blogAddress());
        autoReplyGuard = new AutoReplyGuard(composer.listId(), composer.messageIdDomain(),
                Set.of(settings.blogAddress()));
        outbox = new Outbox(jdbi, composer);
        notifier = new Notifier(outbox, new MailTemplates(settings.templatesDir(), texts.asMap(), texts.locale()),
                settings.acknowledgementInterval(), settings.isMailSending());
        outboxSender = outboxSender();
        ConversationNotifier conversationNotifier = new ConversationNotifier(outbox,
                new MailTemplates(settings.templatesDir(), texts.asMap(), texts.locale()), settings.isMailSending());
        FollowerRepository followers = new FollowerRepository(jdbi);
        ModerationAddress moderationAddress = new ModerationAddress(replyAddress,
                ServerSecret.moderationKey(jdbi, settings.moderationSigningSecret()));
        moderationQueue = new ModerationQueue(jdbi, texts.get("letter.anonymous"), notifier, replyAddress,
                settings.baseUrl(), new TokenScrubber(settings.blogAddress(), settings.baseUrl(),
                        texts.get("scrub.reply-address"), texts.get("scrub.link")),
                letterNotices(followers, new RecipientTokens(jdbi), conversationNotifier, moderationAddress),
                new SenderTriage(new Senders(), new AuditLog(jdbi),
                        new AuthenticationCheck(settings.trustedAuthservIds())));
        moderationReplies = moderationReplies(jdbi, moderationAddress);
        followCommand = new FollowCommand(jdbi, followers);
        followPages = new FollowPages(conversations, followers,
                new FollowRequests(jdbi, followers, conversationNotifier, settings.baseUrl()), replyAddress);
        readerPages = new ReaderPages(conversations, letters, replyAddress, texts, settings.timeZone());
        feeds = new Feeds(conversations, new LatestLetterRepository(jdbi), texts, settings.baseUrl());
        searchPages = new SearchPages(new LetterSearch(jdbi), texts, settings.timeZone());
        adminPages = new AdminPages(moderationQueue, jdbi, settings.timeZone(), letterReviews(jdbi));
        withdrawPages = new WithdrawPages(new Withdrawals(jdbi), texts, settings.timeZone());
        startCommandDetector = new StartCommandDetector(adminAddresses, settings.blogAddress(),
                replyAddress, jdbi);
        conversationStarter = new ConversationStarter(jdbi, conversations,
                new EmbeddedLetters(texts.get("letter.anonymous")), new ExchangeExtractor(settings.timeZone()));
        unmatchedInbox = new UnmatchedInbox(jdbi, conversations, texts.get("conversation.untitled"));
        conversationOverview = new ConversationOverview(conversations, letters, replyAddress, settings.timeZone());
        decisionPages = new DecisionPages(moderationQueue, new AuditLog(jdbi), settings.timeZone());
        conversationEditor = new ConversationEditor(jdbi, conversations, new AuditLog(jdbi));
        conversationPages = new ConversationPages(conversations, letters, replyAddress, settings.timeZone());
        conversationLetters = new ConversationLetters(jdbi, letters, new AuditLog(jdbi));
        senderDecisions = new SenderDecisions(jdbi, new Senders(), new AuditLog(jdbi));
        spamLetters = new SpamLetters(jdbi, new Senders(), new AuditLog(jdbi));
        senderPages = new SenderPages(senderDecisions, spamLetters, new SenderHistory(jdbi), settings.timeZone());
    }

    /**
     * Moves with every local write and template edit, and with the version shared in the database,
     * looked at every second, so each page cache notices the writes of other instances and of
     * commands run beside the service (./mail2blog import).
     */
    private SiteVersion siteVersion(Jdbi jdbi) {
        DataVersion data = DataVersion.watch(jdbi);
        FolderStamp templates = new FolderStamp(settings.templatesDir(), Duration.ofSeconds(1), System::nanoTime);
        sharedDataVersion = SharedDataVersion.start(jdbi, data, Duration.ofSeconds(1));
        return new SiteVersion(data, sharedDataVersion::current, templates);
    }

    /** Stops the background look at the shared data version, if one runs. */
    @Override
    public void close() {
        if (sharedDataVersion != null) {
            sharedDataVersion.close();
        }
    }

    private LetterNotices letterNotices(FollowerRepository followers, RecipientTokens tokens,
                                        ConversationNotifier conversationNotifier, ModerationAddress moderationAddress) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern(texts.get("date.day-and-time"), texts.locale())
                .withZone(settings.timeZone());
        return new LetterNotices(followers, tokens, conversationNotifier,
                new LetterNotices.Links(settings.baseUrl(), replyAddress, adminAddresses, when),
                moderationAddress);
    }

    /**
     * Decisions by reply to a pending-letter mail. With {@code mail2blog.trust.authserv-ids} configured,
     * a reply counts only when its Authentication-Results verdict passes for its From domain; with none
     * configured there are no results to believe, and the signed address alone decides.
     */
    private ModerationReplies moderationReplies(Jdbi jdbi, ModerationAddress moderationAddress) throws IOException {
        ModerationNotifier notifier = new ModerationNotifier(outbox,
                new MailTemplates(settings.templatesDir(), texts.asMap(), texts.locale()), settings.isMailSending());
        AuthenticationCheck check = new AuthenticationCheck(settings.trustedAuthservIds());
        FromAuthentication authentication = FromAuthentication.of(settings.trustedAuthservIds(),
                (results, from) -> check.check(results, from).isAuthenticated());
        return new ModerationReplies(moderationAddress,
                new ModerationReplies.Deciders(adminAddresses(), authentication), moderationQueue,
                new AdminAnswers(jdbi, notifier, moderationAddress, settings.baseUrl()));
    }

    /** The admin's review of a pending letter: its stored mail read again, its date as the conversation page shows it. */
    private LetterReviews letterReviews(Jdbi jdbi) {
        TokenScrubber scrubber = new TokenScrubber(settings.blogAddress(), settings.baseUrl(),
                texts.get("scrub.reply-address"), texts.get("scrub.link"));
        OriginalMails originals = new OriginalMails(mimeParser,
                key -> messageArchive.findByKey(key).map(Archived::raw), scrubber::scrub);
        DateTimeFormatter letterDates = DateTimeFormatter.ofPattern(texts.get("date.day-and-time"), texts.locale())
                .withZone(settings.timeZone());
        return new LetterReviews(jdbi, originals, letterDates, settings.largeMailBytes());
    }

    /** Binds the beans the routes refer to by name. */
    void bindTo(Main main) {
        mailReplay = new MailReplay(main::getCamelContext, messageArchive);
        MailboxConnection mailbox = settings.mailboxConnection();
        MailboxAuthenticator authenticator = mailboxAuthenticator();
        cluster.bindTo(main);
        main.bind("mailboxAdapter", new MailboxAdapter());
        main.bind("mailboxJavaMailProperties", mailbox.javaMailProperties());
        main.bind("mailboxAuthenticator", authenticator);
        main.bind("mailboxFailures", new MailboxFailures(mailbox));
        main.bind("pop3Mailbox", new Pop3Mailbox(
                new Pop3Mailbox.Options(mailbox, settings.isPop3DeleteAfterStore(), MAX_MAILS_PER_POLL),
                authenticator::getPasswordAuthentication,
                pop3Uidls));
        main.bind("messageArchive", messageArchive);
        main.bind("quarantine", new Quarantine(messageArchive));
        main.bind("autoReplyGuard", autoReplyGuard);
        main.bind("mimeParser", mimeParser);
        main.bind("replyTrimmer", replyTrimmer);
        main.bind("threadMatcher", threadMatcher);
        main.bind("moderationQueue", moderationQueue);
        main.bind("startCommandDetector", startCommandDetector);
        main.bind("conversationStarter", conversationStarter);
        main.bind("followCommand", followCommand);
        main.bind("moderationReplies", moderationReplies);
        main.bind("outboxSender", outboxSender);
    }

    /** The relay sender: with a password, or with XOAUTH2 and an access token refreshed before it ends. */
    private OutboxSender outboxSender() {
        if (!settings.isSmtpOAuth()) {
            return new OutboxSender(outbox, settings.smtp(), settings.retryInitial(), settings.retryMax());
        }
        RefreshGrant grant = settings.smtpOAuthGrant();
        AccessTokens tokens = new AccessTokens(new TokenEndpoint(grant.timeout()), grant, Clock.systemUTC());
        return OutboxSender.withXoauth2(outbox, settings.smtp(), settings.retryInitial(), settings.retryMax(), () -> {
            try {
                return tokens.current();
            } catch (TokenRefused e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    /** The mailbox login: the password, or with XOAUTH2 an access token refreshed before it expires. */
    private MailboxAuthenticator mailboxAuthenticator() {
        if (!settings.isMailboxOAuth()) {
            return MailboxAuthenticator.withPassword(settings.mailboxUser(), settings.mailboxPassword());
        }
        RefreshGrant grant = settings.mailboxOAuthGrant();
        return MailboxAuthenticator.withTokens(settings.mailboxUser(),
                new AccessTokens(new TokenEndpoint(grant.timeout()), grant, Clock.systemUTC()));
    }

    public Texts texts() { return texts; }

    public Views views() { return views; }
    /** What the public pages depend on: moves with every database write and template edit. */
    public SiteVersion siteVersion() { return siteVersion; }

    public MessageArchive messageArchive() { return messageArchive; }

    public MimeParser mimeParser() { return mimeParser; }

    public ReplyTrimmer replyTrimmer() { return replyTrimmer; }

    public ReplyAddress replyAddress() { return replyAddress; }

    public ConversationRepository conversations() { return conversations; }

    public ThreadMatcher threadMatcher() { return threadMatcher; }

    public ModerationQueue moderationQueue() { return moderationQueue; }

    public AdminAccounts adminAccounts() { return adminAccounts; }

    /** The configured admin addresses and the admin accounts' own, read afresh on each call. */
    public AdminAddresses adminAddresses() { return adminAddresses; }

    /** Failed-login counts; one per application, shared by every request. */
    public LoginThrottle loginThrottle() { return loginThrottle; }

    public SessionLifetime sessionLifetime() { return sessionLifetime; }

    public ReaderPages readerPages() { return readerPages; }

    /** The Atom feeds of the site and of each conversation. */
    public Feeds feeds() { return feeds; }
    public SearchPages searchPages() { return searchPages; }

    public AdminPages adminPages() { return adminPages; }

    public WithdrawPages withdrawPages() { return withdrawPages; }

    public UnmatchedInbox unmatchedInbox() { return unmatchedInbox; }

    public ConversationOverview conversationOverview() { return conversationOverview; }

    public FollowPages followPages() { return followPages; }

    public DecisionPages decisionPages() { return decisionPages; }
    /** Feeds quarantined mail through the pipeline again; there once the routes are bound ({@link #bindTo}). */
    MailReplay mailReplay() {
        if (mailReplay == null) {
            throw new IllegalStateException("mail replay needs the Camel routes; bindTo(main) was not called");
        }
        return mailReplay;
    }
    public LetterRepository letters() { return letters; }

    public ConversationEditor conversationEditor() { return conversationEditor; }

    public ConversationPages conversationPages() { return conversationPages; }

    public ConversationLetters conversationLetters() { return conversationLetters; }

    /** Trusted and banned senders: the list, and forgetting a decision. */
    public SenderDecisions senderDecisions() { return senderDecisions; }

    /** Letters set aside as spam: the list, and "not spam". */
    public SpamLetters spamLetters() { return spamLetters; }

    public SenderPages senderPages() { return senderPages; }

    /** Whether this instance polls the mailbox and sends the outbox. */
    Cluster cluster() { return cluster; }
}
