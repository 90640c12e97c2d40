package org.mail2blog.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.main.Main;
import org.mail2blog.blog.Conversation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: embedded mail server (unless a real mailbox is configured), database,
 * Camel routes and web server, started in that order and stopped in reverse. Used by the
 * {@code run} command and, in-process, by the end-to-end tests.
 */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Settings settings;
    private Beans beans;

    private Application(Settings settings) {
        this.settings = settings;
    }

    /** Starts everything and prints the addresses a newcomer needs to {@code out}. */
    public static Application start(Settings settings, PrintStream out) throws Exception {
        Application app = new Application(settings);
        try {
            app.startAll(out);
        } catch (Exception | Error e) {
            app.close();
            throw e;
        }
        return app;
    }

    private void startAll(PrintStream out) throws Exception {
        if (settings.isEmbeddedMail()) {
            resources.add(EmbeddedMail.start(settings.embeddedSmtpPort(), settings.embeddedImapPort(),
                    settings.blogAddress()));
        }
        Database database = Database.open(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
        resources.add(database);
        beans = new Beans(settings, database.jdbi());
        resources.add(0, beans::close);
        FirstStart first = new FirstStart(beans, settings);
        Optional<String> generatedPassword = first.ensureAdmin();
        first.ensureSampleConversation();
        Main main = new Main();
        main.setOverrideProperties(settings.camelProperties());
        main.configure().withRoutesIncludePattern("file:routes/*.camel.yaml").withName("mail2blog");
        main.configure().httpServer().withEnabled(true).withHost(settings.webHost()).withPort(settings.webPort());
        beans.bindTo(main);
        main.start();
        resources.add(0, main::stop);
        MainHttpServer server = main.getCamelContext().hasService(MainHttpServer.class);
        if (server == null) {
            throw new IllegalStateException("Camel's embedded HTTP server did not start (camel-platform-http-main)");
        }
        VertxPlatformHttpRouter router = server.getRouter();
        new Web(beans, settings).mount(router, router.vertx());
        printWelcome(out, generatedPassword);
    }

    private void printWelcome(PrintStream out, Optional<String> generatedPassword) {
        String base = settings.baseUrl();
        out.println();
        out.println("mail2blog is running.");
        out.println("  Blog:          " + base + "/");
        out.println("  Admin:         " + base + "/admin/  (user " + settings.initialAdminUser() + ")");
        generatedPassword.ifPresent(p -> out.println("  Admin password (shown this once, write it down): " + p));
        for (Conversation c : beans.conversations().listPublished()) {
            out.println("  Conversation:  " + base + "/t/" + c.slug());
            out.println("    reply address: " + beans.replyAddress().forToken(c.replyToken()));
        }
        out.println("  Outgoing mail: " + (!settings.isMailSending() ? "off (set mail2blog.smtp.host to send mail)"
                : settings.isEmbeddedMail() ? "to the embedded SMTP server" : "via " + settings.smtp()));
        if (settings.isEmbeddedMail()) {
            out.println("  Embedded mail: SMTP 127.0.0.1:" + settings.embeddedSmtpPort() + ", IMAP 127.0.0.1:"
                    + settings.embeddedImapPort() + " (log in with any address as user and password)");
        }
        out.println();
    }

    public Beans beans() {
        return beans;
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("[app] stopping {} failed: {}", resource, e.toString());
            }
        }
        resources.clear();
    }
}
