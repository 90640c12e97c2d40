package org.mail2blog.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mail2blog.blog.ConversationFields;

class ConversationFormTest {
    private static ConversationForm form(String title, String slug, String labels) {
        return new ConversationForm(title, slug, "Igår skrev jag om källsortering.", "", labels, false);
    }

    @Test
    void completeFormHasNoErrors() {
        assertThat(form("Källsortering II", "kallsortering-ii", "Miljö, Vardag").errors()).isEmpty();
    }

    @Test
    void blankTitleIsRefused() {
        assertThat(form("   ", "", "").errors()).containsOnlyKeys("title")
                .hasEntrySatisfying("title", m -> assertThat(m).contains("title"));
    }

    @Test
    void overLongTitleSaysTheLimitAndTheLength() {
        assertThat(form("å".repeat(301), "", "").errors().get("title")).contains("300").contains("301");
    }

    @Test
    void titleWithALineBreakIsRefused() {
        assertThat(form("Första raden\r\nAndra raden", "", "").errors()).containsKey("title");
    }

    @Test
    void malformedSlugIsRefusedWithAnExample() {
        assertThat(form("Kompost", "kompost 2011", "").errors().get("slug")).contains("a–z").contains("kallsortering-ii");
        assertThat(form("Kompost", "kompost_2011", "").errors()).containsKey("slug");
        assertThat(form("Kompost", "kompöst", "").errors()).containsKey("slug");
    }

    @Test
    void slugOfTheAdminPageIsRefused() {
        assertThat(form("Nytt", "new", "").errors().get("slug")).contains("admin page");
    }

    @Test
    void upperCaseSlugIsTakenInLowerCase() {
        ConversationForm f = form("Kompost", " Kompost-2011 ", "");
        assertThat(f.errors()).isEmpty();
        assertThat(f.fields().slug()).isEqualTo("kompost-2011");
    }

    @Test
    void blankSlugIsMadeFromTheTitle() {
        ConversationForm f = form("Cykelförrådet på gården", "", "");
        assertThat(f.isSlugGenerated()).isTrue();
        assertThat(f.fields().slug()).isEqualTo("cykelforradet-pa-garden");
    }

    @Test
    void overLongIntroIsRefused() {
        ConversationForm f = new ConversationForm("Titel", "", "x".repeat(ConversationForm.MAX_TEXT + 1), "", "", false);
        assertThat(f.errors()).containsOnlyKeys("intro");
    }

    @Test
    void labelsAreSplitStrippedAndKeptOnce() {
        ConversationFields fields = form("Titel", "", " Politik,Intressant, , politik ,Miljö ").fields();
        assertThat(fields.labels()).isEqualTo(List.of("Politik", "Intressant", "Miljö"));
    }

    @Test
    void overLongLabelIsRefused() {
        assertThat(form("Titel", "", "Kort, " + "l".repeat(ConversationForm.MAX_LABEL + 1)).errors())
                .containsOnlyKeys("labels");
    }

    @Test
    void textsKeepTheirParagraphsWithPlainLineEnds() {
        ConversationForm f = new ConversationForm("Titel", "", "Hej!\r\n\r\nAndra stycket.\r\n", "", "", false);
        assertThat(f.fields().intro()).isEqualTo("Hej!\n\nAndra stycket.");
    }

    @Test
    void absentValuesAreEmpty() {
        ConversationForm f = new ConversationForm(null, null, null, null, null, false);
        assertThat(f.errors()).containsOnlyKeys("title");
        assertThat(f.intro()).isEmpty();
    }
}
