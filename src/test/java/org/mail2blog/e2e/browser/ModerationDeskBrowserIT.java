package org.mail2blog.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.testing.Browser;
import org.mail2blog.testing.BrowserApp;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Imap;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.OutboxMails;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The moderation desk in a real browser, each decision made by clicking what an admin clicks:
 * edit then approve, reject with a reason (the sender gets it by mail), spam (the sender's next mail
 * goes straight to spam), bulk approval, and attaching a mail that matched no conversation. The
 * tests share one application; each works only on its own letters, found by their ids.
 */
class ModerationDeskBrowserIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CONVERSATION = "/t/kallsortering-ii";

    @RegisterExtension
    static final BrowserApp site = new BrowserApp();

    @Test
    void editedLetterIsPublishedAsEdited() {
        String id = site.mailToSample("e2e/browser-edit-reply.eml", "Sture Nyqvist");
        Browser browser = site.logIn();
        browser.clickAndWait("#item-" + id + " a.edit");
        assertThat(browser.path()).isEqualTo("/admin/queue/" + id + "/edit");
        assertThat(browser.find("textarea[name=body]").getAttribute("value")).contains("gammal kastrull som lock");

        browser.type("body", "Hej!\n\nVi sorterar allt i fem kärl under diskbänken.\n\nMvh Sture");
        browser.clickAndWait("form.edit-letter button[type=submit]");
        assertThat(browser.text("[role=status]")).startsWith("Letter " + id + " published with your edits");

        browser.open(CONVERSATION);
        assertThat(browser.text("#letter-" + id)).contains("fem kärl under diskbänken").endsWith("Mvh Sture")
                .doesNotContain("kastrull");
    }

    @Test
    void rejectionWithAReasonReachesTheSender() {
        String id = site.mailToSample("e2e/browser-reject-reply.eml", "Ylva Berglund");
        Browser browser = site.logIn();
        String reason = "Vi säljer inga gräsklippare – här skriver vi om källsortering.";
        browser.find("#reason-" + id).sendKeys(reason);
        browser.clickAndWait("#item-" + id + " form.reject button[type=submit]");
        assertThat(browser.text("[role=status]")).startsWith("Letter " + id + " rejected; the reason is mailed");
        assertThat(browser.has("#item-" + id)).isFalse();

        MimeMessage notice = awaitMail("ylva.berglund@example.com", "Ditt brev publicerades inte");
        assertThat(OutboxMails.text(notice)).contains(reason);
    }

    @Test
    void spamBansTheSenderSoTheNextMailSkipsTheQueue() {
        String first = site.mailToSample("e2e/browser-spam-first.eml", "Vinst Kontoret");
        Browser browser = site.logIn();
        browser.clickAndWait("#item-" + first + " form.spam button[type=submit]");
        assertThat(browser.text("[role=status]")).isEqualTo("Letter " + first + " set aside as spam; its sender is banned.");

        String to = site.app().sampleReplyAddress();
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/browser-spam-second.eml", to), to);
        String row = Eventually.await("the banned sender's next mail set aside as spam", WAIT, () -> {
            browser.open("/admin/audit");
            return browser.driver().findElements(By.cssSelector("table.audit tbody tr")).stream()
                    .map(WebElement::getText).filter(t -> t.contains("mail2blog") && t.contains("spam")).findFirst();
        });
        assertThat(row).contains("vinst@lotteri.example.com");
        browser.open("/admin/");
        assertThat(browser.text()).doesNotContain("Sista chansen");
        browser.open(CONVERSATION);
        assertThat(browser.text()).doesNotContain("10 000 kr");
    }

    @Test
    void bulkApprovalPublishesEveryTickedLetter() {
        String first = site.mailToSample("e2e/browser-bulk-first.eml", "Åke Lindqvist");
        String second = site.mailToSample("e2e/browser-bulk-second.eml", "Irma Söderberg");
        Browser browser = site.logIn();
        browser.check("input[name=id][value='" + first + "']").check("input[name=id][value='" + second + "']");
        browser.clickAndWait("form#bulk button[value=approve]");
        assertThat(browser.text("[role=status]")).startsWith("2 of 2 letters published");

        browser.open(CONVERSATION);
        assertThat(browser.text("#letter-" + first)).contains("kompostkvarn");
        assertThat(browser.text("#letter-" + second)).contains("bruna påsar");
    }

    @Test
    void unmatchedMailAttachedToAConversationCanBeApproved() {
        String to = site.app().settings().blogAddress();
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/browser-unmatched.eml", to), to);
        String id = site.app().awaitQueued("Olle Hägg", WAIT).get("id").asText();
        Browser browser = site.logIn();
        assertThat(browser.text("#item-" + id)).contains("Unmatched mail");
        assertThat(browser.has("#item-" + id + " form.approve")).isFalse();
        browser.screenshot("queue-unmatched");

        browser.clickAndWait("#item-" + id + " form.attach button[type=submit]");
        assertThat(browser.text("[role=status]")).startsWith("Letter " + id + " now belongs to kallsortering-ii");
        browser.clickAndWait("#item-" + id + " form.approve button:not([name])");
        assertThat(browser.text("[role=status]")).isEqualTo("Letter " + id + " published.");

        browser.open(CONVERSATION);
        assertThat(browser.text("#letter-" + id)).contains("gamla batterier och glödlampor");
        browser.open("/admin/audit");
        assertThat(browser.text("table.audit")).contains("letter " + id);
    }

    private static MimeMessage awaitMail(String address, String subjectStart) {
        return Eventually.await("a mail '" + subjectStart + "' to " + address, WAIT, () ->
                Imap.inbox(site.app().settings().embeddedImapPort(), address, address).stream()
                        .filter(m -> subject(m).startsWith(subjectStart)).findFirst());
    }

    private static String subject(MimeMessage mail) {
        try {
            return Optional.ofNullable(mail.getSubject()).orElse("");
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read a subject", e);
        }
    }
}
