package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mail2blog.admin.ConversationForm;

class ConversationJsonTest {
    private static final ConversationForm STORED = new ConversationForm("Kompost", "kompost", "Intro", "Slut",
            "Miljö", true);

    @Test
    void editChangesOnlyTheNamedFields() {
        ConversationJson.Body body = ConversationJson.read("{\"outro\":\"Hör av er!\"}", STORED, false);
        assertThat(body.errors()).isEmpty();
        assertThat(body.form()).isEqualTo(new ConversationForm("Kompost", "kompost", "Intro", "Hör av er!", "Miljö", true));
    }

    @Test
    void labelsComeAsAnArrayOrAsOneString() {
        assertThat(ConversationJson.read("{\"labels\":[\"Politik\",\"Intressant\"]}", STORED, false).form().labels())
                .isEqualTo("Politik, Intressant");
        assertThat(ConversationJson.read("{\"labels\":\"Politik, Intressant\"}", STORED, false).form().labels())
                .isEqualTo("Politik, Intressant");
    }

    @Test
    void labelWithACommaInAnArrayIsRefused() {
        assertThat(ConversationJson.read("{\"labels\":[\"a, b\"]}", STORED, false).errors()).containsOnlyKeys("labels");
        assertThat(ConversationJson.read("{\"labels\":[1]}", STORED, false).errors()).containsOnlyKeys("labels");
    }

    @Test
    void fieldOfTheWrongTypeIsNamed() {
        assertThat(ConversationJson.read("{\"title\":null,\"intro\":[]}", STORED, false).errors())
                .containsOnlyKeys("title", "intro");
    }

    @Test
    void publishedIsReadOnlyWhenCreating() {
        assertThat(ConversationJson.read("{\"title\":\"Ny\",\"published\":true}", ConversationForm.blank(), true)
                .form().isPublishNow()).isTrue();
        assertThat(ConversationJson.read("{\"published\":\"ja\"}", ConversationForm.blank(), true).errors())
                .containsOnlyKeys("published");
        assertThat(ConversationJson.read("{\"published\":false}", STORED, false).errors()).containsOnlyKeys("published");
    }

    @Test
    void bodyThatIsNoJsonObjectIsRefused() {
        assertThat(ConversationJson.read("[1, 2]", STORED, false).errors()).containsOnlyKeys("body");
        assertThat(ConversationJson.read("{title", STORED, false).errors()).containsOnlyKeys("body");
    }

    @Test
    void emptyBodyChangesNothing() {
        assertThat(ConversationJson.read("", STORED, false).form()).isEqualTo(STORED);
    }
}
