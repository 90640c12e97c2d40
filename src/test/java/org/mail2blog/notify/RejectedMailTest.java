package org.mail2blog.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mail2blog.support.Texts;

/** The rejection mail's three parts render in English too, the reason escaped in the HTML part. */
class RejectedMailTest {
    private static MailTemplates english() throws Exception {
        Texts texts = Texts.load(Path.of("templates"), Locale.ENGLISH);
        return new MailTemplates(Path.of("templates"), texts.asMap(), texts.locale());
    }

    @Test
    void aMatchedLetterNamesItsConversationAndInvitesAReply() throws Exception {
        MailTemplates.Rendered mail = english().render("rejected", new LetterRejected(4, "asa@example.com",
                "Åsa Öberg", true, "Compost", "Off topic <b>here</b>, sorry.", Optional.of(1L),
                Optional.of("blog+t@example.com"), Optional.empty()));
        assertThat(mail.subject()).isEqualTo("Your letter was not published: Compost");
        assertThat(mail.text()).contains("Hello Åsa Öberg!").contains("to the conversation \"Compost\"")
                .contains("Off topic <b>here</b>, sorry.").contains("Reply to this mail to write a new letter");
        assertThat(mail.html()).contains("Off topic &lt;b&gt;here&lt;/b&gt;, sorry.").doesNotContain("<b>here");
    }

    @Test
    void anUnmatchedLetterIsThankedWithoutAConversation() throws Exception {
        MailTemplates.Rendered mail = english().render("rejected", new LetterRejected(5, "asa@example.com",
                "Åsa", false, "", "No conversation fits.", Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(mail.subject()).isEqualTo("Your letter was not published");
        assertThat(mail.text()).contains("Thank you for your letter.").contains("You are welcome to write again.");
    }
}
