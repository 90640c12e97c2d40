package org.mail2blog.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.sender.SenderDecisions;
import org.mail2blog.sender.SenderHistory;
import org.mail2blog.sender.Senders;
import org.mail2blog.moderation.SpamLetters;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestLetters;

class SenderPagesTest {
    private final Database db = TestDatabase.open();
    private final SenderPages pages = new SenderPages(
            new SenderDecisions(db.jdbi(), new Senders(), new AuditLog(db.jdbi())),
            new SpamLetters(db.jdbi(), new Senders(), new AuditLog(db.jdbi())), new SenderHistory(db.jdbi()),
            ZoneId.of("Europe/Stockholm"));
    private final TestLetters letters = new TestLetters(db);
    private final Conversation kompost = new ConversationRepository(db.jdbi())
            .create(new NewConversation("kompost", "Kompost", "Intro", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void trustedAndBannedSendersAreListedApartWithTheirHistory() {
        long asa = letters.pending(kompost.id(), "Åsa Öberg", "2011-07-12T09:00:00+02:00", "Hej!");
        letters.queue().decisions().approve(asa, true, "redaktor");
        long vinst = letters.pending(kompost.id(), "Vinst Kontoret", "2011-07-12T10:00:00+02:00", "Grattis!");
        letters.queue().decisions().spam(vinst, "redaktor");
        letters.pending(kompost.id(), "Vinst Kontoret", "2011-07-13T10:00:00+02:00", "Grattis igen!");

        SendersPage page = pages.page("redaktor", "tok", "");
        assertThat(page.trusted()).singleElement().satisfies(s -> {
            assertThat(s.address()).isEqualTo(TestLetters.address("Åsa Öberg"));
            assertThat(s.decidedBy()).isEqualTo("redaktor");
            assertThat(s.decidedAt()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
            assertThat(List.of(s.published(), s.rejected(), s.spam())).containsExactly(1, 0, 0);
        });
        assertThat(page.banned()).singleElement().satisfies(s ->
                assertThat(List.of(s.published(), s.rejected(), s.spam())).containsExactly(0, 0, 2));
        assertThat(page.decisionCount()).isEqualTo(2);
        assertThat(page.isDecisionsCut()).isFalse();
    }

    @Test
    void spamLettersShowTheirFirstLinesAndWhoSetThemAside() {
        long first = letters.pending(kompost.id(), "Vinst Kontoret", "2011-07-12T10:00:00+02:00",
                "Grattis!\n\nDu har vunnit en bil.\nKlicka här.\nMvh Lotteriet");
        letters.queue().decisions().spam(first, "redaktor");
        long second = letters.pending(kompost.id(), "Vinst Kontoret", "2011-07-13T10:00:00+02:00", "Sista chansen!");

        List<SendersPage.Spam> spam = pages.page("redaktor", "tok", "").spam();
        assertThat(spam).extracting(SendersPage.Spam::id).containsExactly(second, first);
        assertThat(spam.get(0).isByBan()).isTrue();
        assertThat(spam.get(0).isSenderBanned()).isTrue();
        assertThat(spam.get(1).setAsideBy()).isEqualTo("redaktor");
        assertThat(spam.get(1).writtenAt()).isEqualTo("2011-07-12 10:00");
        assertThat(spam.get(1).conversation()).isEqualTo("Kompost");
        assertThat(spam.get(1).firstLines()).containsExactly("Grattis!", "Du har vunnit en bil.", "Klicka här.");
    }

    @Test
    void nothingDecidedMakesAnEmptyPage() {
        SendersPage page = pages.page("redaktor", "tok", "");
        assertThat(page.trusted()).isEmpty();
        assertThat(page.banned()).isEmpty();
        assertThat(page.spam()).isEmpty();
        assertThat(page.spamCount()).isZero();
    }

    @Test
    void longLinesAreCutAndBlankLinesSkipped() {
        String longLine = "å".repeat(SenderPages.EXCERPT_LINE_LENGTH + 5);
        assertThat(SenderPages.firstLines("\n  \n" + longLine + "\r\n  indraget  \n\nsista"))
                .containsExactly("å".repeat(SenderPages.EXCERPT_LINE_LENGTH) + "…", "indraget", "sista");
        assertThat(SenderPages.firstLines("")).isEmpty();
    }
}
