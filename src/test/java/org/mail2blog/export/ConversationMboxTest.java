package org.mail2blog.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestLetters;

class ConversationMboxTest {
    private final Database db = TestDatabase.open();
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final TestLetters letters = new TestLetters(db);
    private final ConversationMbox mbox = new ConversationMbox(conversations, new LetterRepository(db.jdbi()),
            new LetterMails("blog@example.com"));

    private Conversation conversation(String slug, boolean published) {
        return conversations.create(new NewConversation(slug, "Kompost", "Intro", "", List.of(), published));
    }

    @Test
    void holdsThePublishedLettersOnlyInReadingOrder() throws Exception {
        Conversation kompost = conversation("kompost", true);
        letters.published(kompost.id(), "Åsa Öberg", "2011-07-16T12:00:00+02:00", "Vi har tre fack.");
        letters.pending(kompost.id(), "Bo Väntar", "2011-07-16T13:00:00+02:00", "Inte publicerat än.");
        letters.published(kompost.id(), "Erik Ek", "2011-07-17T09:00:00+02:00", "Vi har en maskkompost.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int count = mbox.write(mbox.find("kompost").orElseThrow(), out);

        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(count).isEqualTo(2);
        assertThat(written.split("\n")).filteredOn(line -> line.startsWith("From ")).hasSize(2);
        assertThat(written.indexOf("Vi har tre fack")).isLessThan(written.indexOf("Vi har en maskkompost"));
        assertThat(written).doesNotContain("Inte publicerat").doesNotContain(TestLetters.address("Åsa Öberg"))
                .doesNotContain(TestLetters.address("Erik Ek"));
    }

    @Test
    void findsNoDraftAndNoUnknownSlug() {
        conversation("utkast", false);
        assertThat(mbox.find("utkast")).isEmpty();
        assertThat(mbox.find("finns-inte")).isEmpty();
    }
}
