package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mail2blog.testing.OutboxMails.header;
import static org.mail2blog.testing.OutboxMails.text;

import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.blog.RecipientTokens;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.testing.OutboxMails;
import org.mail2blog.testing.TestQueues;

/** Rejecting a letter: the reason is kept, and mailed to a person at most once a day, never without one. */
class RejectionTest {
    private static final String ASA = "asa.oberg@example.com";
    private static final String REASON = "Brevet handlar om något annat än kompost, så det passar inte här. "
            + "Skriv gärna igen om gården – även om hönsen på ängen!";
    private final DeskFixture desk = new DeskFixture();
    private final LetterDecisions decisions = desk.decisions;

    @AfterEach
    void close() {
        desk.close();
    }

    private List<MimeMessage> rejections(String address) {
        return OutboxMails.of(desk.db, "rejected", address);
    }

    @Test
    void theReasonIsKeptAndMailedToTheSenderUnderTheLetter() throws Exception {
        long id = desk.matched("Åsa Öberg", ASA, "Hej!");
        assertThat(decisions.reject(id, "  " + REASON + " ", "redaktor")).isEqualTo(Outcome.DONE);
        assertThat(desk.column(id, "state")).isEqualTo("rejected");
        assertThat(desk.column(id, "reject_reason")).isEqualTo(REASON);
        MimeMessage mail = rejections(ASA).get(0);
        assertThat(mail.getSubject()).isEqualTo("Ditt brev publicerades inte: Kompost på gården");
        assertThat(text(mail)).contains("Hej Åsa Öberg!").contains("Tack för ditt brev till samtalet")
                .contains(REASON).doesNotContain(TestQueues.BASE_URL + "/admin");
        assertThat(header(mail, "In-Reply-To")).isEqualTo("<letter-1@example.com>");
        assertThat(header(mail, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(header(mail, "X-Mail2blog-Loop")).isEqualTo("blog.example.com");
        assertThat(header(mail, "Reply-To")).isEqualTo(new ReplyAddress(TestQueues.BLOG).forToken(desk.db.jdbi()
                .inTransaction(h -> new RecipientTokens(desk.db.jdbi()).tokenFor(h, desk.conversation.id(), ASA))));
        assertThat(desk.audit()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("reject");
            assertThat(e.detail()).startsWith(REASON).contains("reason mailed to the sender");
        });
    }

    @Test
    void withoutAReasonNobodyIsTold() {
        long id = desk.matched("Åsa Öberg", ASA, "Hej!");
        assertThat(decisions.reject(id, "   ", "redaktor")).isEqualTo(Outcome.DONE);
        assertThat(desk.column(id, "reject_reason")).isNull();
        assertThat(rejections(ASA)).isEmpty();
    }

    @Test
    void aSenderGetsAtMostOneRejectionMailADay() {
        long first = desk.matched("Åsa Öberg", ASA, "Hej!");
        long second = desk.matched("Åsa Öberg", "Asa.Oberg@Example.COM", "Hej igen!");
        long other = desk.matched("Nils Berg", "nils.berg@example.com", "Hej!");
        decisions.reject(first, "Utanför ämnet.", "redaktor");
        decisions.reject(second, "Också utanför ämnet.", "redaktor");
        decisions.reject(other, "Utanför ämnet.", "redaktor");
        assertThat(rejections(ASA)).hasSize(1);
        assertThat(rejections("nils.berg@example.com")).hasSize(1);
        assertThat(desk.column(second, "reject_reason")).isEqualTo("Också utanför ämnet.");
        assertThat(desk.audit().stream().filter(e -> e.target().equals("letter " + second)))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("not mailed"));
    }

    @Test
    void anAddressThatIsNotAPersonsIsNeverMailed() {
        long robot = desk.matched("Nyhetsbrev", "noreply@example.com", "Hej!");
        long daemon = desk.matched("Mail Delivery", "MAILER-DAEMON@example.com", "Hej!");
        decisions.reject(robot, "Inget brev.", "redaktor");
        decisions.reject(daemon, "Inget brev.", "redaktor");
        assertThat(rejections("noreply@example.com")).isEmpty();
        assertThat(rejections("mailer-daemon@example.com")).isEmpty();
        assertThat(desk.column(robot, "reject_reason")).isEqualTo("Inget brev.");
        assertThat(desk.audit()).allSatisfy(e -> assertThat(e.detail()).contains("not a person's"));
    }

    @Test
    void anUnmatchedLetterIsRejectedWithAMailThatOffersNoReplyAddress() throws Exception {
        long id = desk.unmatched("Åsa Öberg", ASA, "Fråga om kompost");
        assertThat(decisions.reject(id, "Jag hittar inget samtal för det här.", "redaktor")).isEqualTo(Outcome.DONE);
        MimeMessage mail = rejections(ASA).get(0);
        assertThat(mail.getSubject()).isEqualTo("Ditt brev publicerades inte");
        assertThat(text(mail)).contains("Tack för ditt brev.").contains("Jag hittar inget samtal för det här.")
                .contains("Du är välkommen att skriva igen.");
        assertThat(mail.getHeader("Reply-To")).isNull();
    }

    @Test
    void anOverLongReasonIsRefusedAndTheLetterWaits() {
        long id = desk.matched("Åsa Öberg", ASA, "Hej!");
        assertThat(decisions.reject(id, "x".repeat(LetterDecisions.MAX_REASON_LENGTH + 1), "redaktor"))
                .isEqualTo(Outcome.INVALID);
        assertThat(desk.column(id, "state")).isEqualTo("pending");
        assertThat(rejections(ASA)).isEmpty();
    }

    @Test
    void aDecidedLetterIsNotRejectedAgainNorMailed() {
        long id = desk.matched("Åsa Öberg", ASA, "Hej!");
        decisions.approve(id, false, "redaktor");
        assertThat(decisions.reject(id, "Ångrade mig.", "redaktor")).isEqualTo(Outcome.ALREADY_DECIDED);
        assertThat(desk.column(id, "state")).isEqualTo("published");
        assertThat(rejections(ASA)).isEmpty();
    }
}
