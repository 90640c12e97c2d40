package org.mail2blog.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.admin.AddOutcome;
import org.mail2blog.testing.Browser;
import org.mail2blog.testing.BrowserApp;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.TestApp;

/** Logging in and out in a real browser: errors, the rate limit, session ids, logout, CSRF. */
class AdminLoginBrowserIT {
    private static final String SESSION = "mail2blog.session";
    @RegisterExtension
    static final BrowserApp site = new BrowserApp();

    @Test
    void wrongPasswordShowsTheErrorAndTheRightOneReachesTheQueue() {
        Browser browser = site.logIn("admin", "fel lösenord, tyvärr");
        assertThat(browser.path()).isEqualTo("/admin/login");
        assertThat(browser.text(".error")).isEqualTo("Wrong user name or password.");
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo("admin");

        site.logIn();
        assertThat(browser.path()).isEqualTo("/admin/");
        assertThat(browser.text("h1")).isEqualTo("Approval queue");
        assertThat(browser.text(".whoami")).contains("Logged in as admin.");
    }

    @Test
    void loggingInGivesANewSessionIdAndTheOldOneStaysLoggedOut() {
        Browser browser = site.browser();
        browser.driver().manage().deleteAllCookies();
        String before = browser.open("/admin/login").cookie(SESSION).orElseThrow();
        browser.type("username", "admin").type("password", TestApp.ADMIN_PASSWORD)
                .clickAndWait("form[action='/admin/login'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/admin/");
        assertThat(browser.cookie(SESSION)).isPresent().get().isNotEqualTo(before);

        browser.setCookie(SESSION, before);
        browser.open("/admin/");
        assertThat(browser.path()).isEqualTo("/admin/login");
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        Browser browser = site.logIn();
        String loggedIn = browser.cookie(SESSION).orElseThrow();
        browser.clickAndWait("form[action='/admin/logout'] button");
        assertThat(browser.path()).isEqualTo("/admin/login");

        browser.setCookie(SESSION, loggedIn);
        browser.open("/admin/");
        assertThat(browser.path()).as("the old session cookie after logout").isEqualTo("/admin/login");
    }

    /** The hidden CSRF input is removed with executeScript before the button is clicked. */
    @Test
    void formPostedWithoutItsCsrfTokenIsForbiddenAndChangesNothing() {
        Browser browser = site.logIn();
        browser.script("document.querySelector(\"form[action='/admin/logout'] input[name='X-XSRF-TOKEN']\").remove()");
        browser.clickAndWait("form[action='/admin/logout'] button");
        assertThat(browser.text()).startsWith("Forbidden: the form was stale or not sent from this site.");

        browser.open("/admin/");
        assertThat(browser.path()).as("still logged in: the logout was refused").isEqualTo("/admin/");
    }

    @Test
    void repeatedWrongPasswordsAreRateLimitedEvenForTheRightPassword() {
        String password = "rätt lösenord för nils";
        assertThat(site.app().app().beans().adminAccounts().add("nils", "nils@example.com", password))
                .isEqualTo(AddOutcome.ADDED);
        for (int i = 1; i <= 5; i++) {
            site.logIn("nils", "gissning nummer " + i);
            assertThat(site.browser().text(".error")).isEqualTo("Wrong user name or password.");
        }
        Browser browser = site.logIn("nils", password);
        assertThat(browser.path()).isEqualTo("/admin/login");
        assertThat(browser.text(".error"))
                .isEqualTo("Too many failed logins for this user name or from your address. Try again in 15 minutes.");

        Http http = site.app().http();
        String csrf = TestApp.csrf(Jsoup.parse(http.get("/admin/login").body()));
        HttpResponse<String> refused = http.postForm("/admin/login",
                Map.of("username", "nils", "password", password, "X-XSRF-TOKEN", csrf));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).get().asString().matches("[1-9][0-9]*")
                .satisfies(s -> assertThat(Integer.parseInt(s)).isBetween(1, 900));

        site.logIn();
        assertThat(browser.path()).as("other user names are not locked").isEqualTo("/admin/");
    }
}
