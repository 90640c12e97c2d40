package org.mail2blog.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.testing.TestDatabase;

class StartCommandDetectorTest {
    private static final String BLOG = "blog@example.com";
    private final Database db = TestDatabase.open();
    private final ReplyAddress replyAddress = new ReplyAddress(BLOG);
    private final StartCommandDetector detector = new StartCommandDetector(
            List.of("henrik.ahl@example.com", "redaktion@example.com"), BLOG, replyAddress, db.jdbi());

    @AfterEach
    void close() {
        db.close();
    }

    private static ParsedMessage mail(String from, List<String> to, List<String> references) {
        return new ParsedMessage(Optional.of("new-" + System.nanoTime() + "@example.com"), Optional.empty(),
                references, "Ny tråd", "Henrik", from, to, Optional.empty(), "Intro", List.of());
    }

    @Test
    void adminMailToThePlainAddressStartsAConversation() {
        assertThat(detector.isStartCommand(mail("henrik.ahl@example.com", List.of(BLOG), List.of()))).isTrue();
    }

    @Test
    void adminAddressIsComparedWithoutLetterCase() {
        assertThat(detector.isStartCommand(mail("Redaktion@Example.COM", List.of("BLOG@example.com"), List.of())))
                .isTrue();
    }

    @Test
    void mailFromAnyoneElseIsALetter() {
        assertThat(detector.isStartCommand(mail("asa@example.com", List.of(BLOG), List.of()))).isFalse();
        assertThat(detector.isStartCommand(mail("henrik.ahl@example.org", List.of(BLOG), List.of()))).isFalse();
    }

    @Test
    void adminMailToAConversationsReplyAddressIsALetter() {
        String conversation = replyAddress.forToken("abcdefghijkmnpqrstuv");
        assertThat(detector.isStartCommand(mail("henrik.ahl@example.com", List.of(conversation), List.of())))
                .isFalse();
        assertThat(detector.isStartCommand(mail("henrik.ahl@example.com", List.of(BLOG, conversation), List.of())))
                .isFalse();
    }

    @Test
    void adminMailToAnotherAddressOnlyIsALetter() {
        assertThat(detector.isStartCommand(mail("henrik.ahl@example.com", List.of("other@example.com"), List.of())))
                .isFalse();
    }

    @Test
    void adminReplyToAStoredMailIsALetter() {
        byte[] raw = "Message-ID: <stored-1@example.com>\r\n\r\nHej\r\n".getBytes(StandardCharsets.UTF_8);
        new MessageArchive(db.jdbi()).archive(new RawMessage(raw));
        assertThat(detector.isStartCommand(mail("henrik.ahl@example.com", List.of(BLOG),
                List.of("elsewhere@example.org", "stored-1@example.com")))).isFalse();
    }

    @Test
    void referencesToMailWeNeverSawDoNotMakeAReply() {
        assertThat(detector.isStartCommand(mail("henrik.ahl@example.com", List.of(BLOG),
                List.of("elsewhere@example.org")))).isTrue();
    }

    @Test
    void noAdminAddressesMeansNoCommands() {
        StartCommandDetector none = new StartCommandDetector(List.of(), BLOG, replyAddress, db.jdbi());
        assertThat(none.isStartCommand(mail("henrik.ahl@example.com", List.of(BLOG), List.of()))).isFalse();
    }
}
