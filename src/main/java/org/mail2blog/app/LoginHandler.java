package org.mail2blog.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import org.mail2blog.admin.LoginPage;
import org.mail2blog.login.LoginThrottle;
import org.mail2blog.login.SessionLifetime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin login: the form, its POST with the failed-login limit ({@link LoginThrottle}: 429 with
 * {@code Retry-After}, the password not even checked), and the session's absolute lifetime
 * ({@link SessionLifetime}), checked on every admin page before the login requirement.
 */
final class LoginHandler {
    static final String LOGIN_STAMP = "loginStamp";
    private static final Logger LOG = LoggerFactory.getLogger(LoginHandler.class);
    private static final String ENDED = "Your session has ended; log in again.";
    private final Beans beans;
    private final Web web;

    LoginHandler(Beans beans, Web web) {
        this.beans = beans;
        this.web = web;
    }

    /** Mounts the login page and form, and the lifetime check in front of every other admin page. */
    void mount(Router router) {
        router.get("/admin/login").handler(ctx -> web.render(ctx, 200, "admin/login.ftlh", new LoginPage(
                AdminPagesHandler.csrf(ctx), "", "ended".equals(ctx.request().getParam("session")) ? ENDED : "")));
        router.post("/admin/login").blockingHandler(this::login, false);
        router.routeWithRegex("^/admin(/(?!api/|login$).*)?$").handler(this::endOldSession);
    }

    private void login(RoutingContext ctx) {
        String username = Optional.ofNullable(ctx.request().getFormAttribute("username")).orElse("").strip();
        String password = Optional.ofNullable(ctx.request().getFormAttribute("password")).orElse("");
        String client = clientAddress(ctx);
        LoginThrottle throttle = beans.loginThrottle();
        Optional<Duration> wait = throttle.retryAfter(username, client);
        if (wait.isPresent()) {
            tooMany(ctx, username, wait.get());
            return;
        }
        Optional<String> admin = beans.adminAccounts().authenticate(username, password);
        if (admin.isEmpty()) {
            refuse(ctx, username, client);
            return;
        }
        throttle.recordSuccess(username);
        ctx.session().regenerateId();
        ctx.session().put(AdminPagesHandler.ADMIN, admin.get());
        ctx.session().put(LOGIN_STAMP, beans.sessionLifetime().loginStamp());
        AdminPagesHandler.redirect(ctx, "/admin/");
    }

    /** A wrong name or password: counted, logged once when it locks the name or address out, 401. */
    private void refuse(RoutingContext ctx, String username, String client) {
        LoginThrottle throttle = beans.loginThrottle();
        if (throttle.recordFailure(username, client)) {
            LOG.warn("[admin] login locked out user={} client={}: too many failed logins (limits {} per name,"
                    + " {} per address in {} min)", printable(username), client, throttle.limits().perName(),
                    throttle.limits().perAddress(), throttle.limits().window().toMinutes());
        }
        web.render(ctx, 401, "admin/login.ftlh",
                new LoginPage(AdminPagesHandler.csrf(ctx), username, "Wrong user name or password."));
    }

    private void tooMany(RoutingContext ctx, String username, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        long minutes = (seconds + 59) / 60;
        ctx.response().putHeader("Retry-After", Long.toString(seconds));
        web.render(ctx, 429, "admin/login.ftlh", new LoginPage(AdminPagesHandler.csrf(ctx), username,
                "Too many failed logins for this user name or from your address. Try again in " + minutes
                        + (minutes == 1 ? " minute." : " minutes.")));
    }

    /** Logs the admin out once the login has lived its lifetime; GET goes to the login page, anything else is a 403. */
    private void endOldSession(RoutingContext ctx) {
        Session session = ctx.session();
        if (session == null || session.get(AdminPagesHandler.ADMIN) == null) {
            ctx.next();
            return;
        }
        Long stamp = session.get(LOGIN_STAMP);
        if (stamp != null && !beans.sessionLifetime().hasEnded(stamp)) {
            ctx.next();
            return;
        }
        LOG.info("[admin] session of {} ended: logged in longer than {} h ago", printable(session.get(AdminPagesHandler.ADMIN)),
                beans.sessionLifetime().lifetime().toHours());
        session.destroy();
        if ("GET".equals(ctx.request().method().name())) {
            AdminPagesHandler.redirect(ctx, "/admin/login?session=ended");
        } else {
            ctx.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=utf-8").end(ENDED);
        }
    }

    /**
     * The client's address: the peer's, or, when the peer is a proxy on this machine that sent
     * {@code X-Forwarded-For}, the address that proxy saw (the list's last entry). A client that
     * reaches the service directly cannot choose its address this way.
     */
    static String clientAddress(RoutingContext ctx) {
        String peer = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
        String forwarded = ctx.request().getHeader("X-Forwarded-For");
        if (forwarded == null || !isLoopback(peer)) {
            return peer;
        }
        return Arrays.stream(forwarded.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .reduce((first, second) -> second).map(LoginHandler::printable).orElse(peer);
    }

    private static boolean isLoopback(String host) {
        if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A user-typed value made safe for one log line: printable ASCII, at most 64 characters. */
    static String printable(String value) {
        String safe = value.replaceAll("[^\\x21-\\x7e]", "?");
        return safe.length() > 64 ? safe.substring(0, 64) + "…" : safe;
    }
}
