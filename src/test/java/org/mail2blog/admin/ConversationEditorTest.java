package org.mail2blog.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.audit.AuditEntry;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.testing.TestDatabase;

class ConversationEditorTest {
    private final Database db = TestDatabase.open();
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final AuditLog audit = new AuditLog(db.jdbi());
    private final ConversationEditor editor = new ConversationEditor(db.jdbi(), conversations, audit);

    @AfterEach
    void close() {
        db.close();
    }

    private static ConversationForm form(String title, String slug, boolean publish) {
        return new ConversationForm(title, slug, "Igår skrev jag om kompost.", "", "Miljö", publish);
    }

    private Conversation created(String title, String slug) {
        return editor.create(form(title, slug, true), "admin").saved().orElseThrow();
    }

    private AuditEntry lastEntry() {
        return audit.newest(1).get(0);
    }

    @Test
    void createdConversationIsAuditedWithItsActor() {
        Conversation c = created("Kompost på gården", "");
        assertThat(c.slug()).isEqualTo("kompost-pa-garden");
        assertThat(c.isPublished()).isTrue();
        assertThat(lastEntry()).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::target)
                .containsExactly("admin", "create", "conversation kompost-pa-garden");
    }

    @Test
    void draftIsNotPublished() {
        assertThat(editor.create(form("Utkast", "", false), "admin").saved()).hasValueSatisfying(
                c -> assertThat(c.isPublished()).isFalse());
    }

    @Test
    void generatedSlugIsNumberedWhenTaken() {
        created("Kompost", "");
        assertThat(created("Kompost", "").slug()).isEqualTo("kompost-2");
    }

    @Test
    void typedSlugThatIsTakenIsRefusedAndNothingIsStored() {
        created("Kompost", "kompost");
        EditResult result = editor.create(form("Annan kompost", "kompost", true), "admin");
        assertThat(result.saved()).isEmpty();
        assertThat(result.errors().get("slug")).contains("kompost");
        assertThat(conversations.count()).isEqualTo(1);
        assertThat(audit.newest(10)).hasSize(1);
    }

    @Test
    void invalidFormIsRefusedWithoutTouchingTheDatabase() {
        EditResult result = editor.create(form(" ", "", true), "admin");
        assertThat(result.errors()).containsOnlyKeys("title");
        assertThat(conversations.count()).isZero();
        assertThat(audit.newest(10)).isEmpty();
    }

    @Test
    void editRecordsWhatChanged() {
        created("Kompost", "kompost");
        EditResult result = editor.update("kompost", new ConversationForm("Kompost II", "kompost-ii",
                "Igår skrev jag om kompost.", "Fler svar?", "Miljö, Vardag", false), "lena").orElseThrow();
        assertThat(result.isChanged()).isTrue();
        assertThat(result.saved()).hasValueSatisfying(c -> assertThat(c.slug()).isEqualTo("kompost-ii"));
        AuditEntry entry = lastEntry();
        assertThat(entry.action()).isEqualTo("edit");
        assertThat(entry.actor()).isEqualTo("lena");
        assertThat(entry.detail()).contains("title \u201cKompost\u201d \u2192 \u201cKompost II\u201d")
                .contains("slug kompost \u2192 kompost-ii").contains("outro changed")
                .contains("labels [Miljö] \u2192 [Miljö, Vardag]").doesNotContain("intro");
    }

    @Test
    void editThatChangesNothingWritesNoEntry() {
        Conversation c = created("Kompost", "kompost");
        EditResult result = editor.update("kompost", ConversationForm.of(c), "admin").orElseThrow();
        assertThat(result.isChanged()).isFalse();
        assertThat(audit.newest(10)).hasSize(1);
    }

    @Test
    void changedSlugLeavesTheOldOneLeadingHere() {
        Conversation c = created("Kompost", "kompost");
        editor.update("kompost", new ConversationForm("Kompost", "kompost-2011", c.intro(), "", "Miljö", false), "admin");
        assertThat(conversations.findByFormerSlug("kompost")).hasValueSatisfying(
                f -> assertThat(f.slug()).isEqualTo("kompost-2011"));
    }

    @Test
    void slugAnotherConversationHadIsRefused() {
        Conversation first = created("Kompost", "kompost");
        editor.update("kompost", new ConversationForm("Kompost", "kompost-2011", first.intro(), "", "", false), "admin");
        created("Cyklar", "cyklar");
        EditResult result = editor.update("cyklar", form("Cyklar", "kompost", false), "admin").orElseThrow();
        assertThat(result.errors()).containsKey("slug");
        assertThat(conversations.findBySlug("cyklar")).isPresent();
    }

    @Test
    void blankSlugOnEditKeepsTheCurrentOneWhenTheTitleMakesIt() {
        created("Kompost", "kompost");
        EditResult result = editor.update("kompost", form("Kompost", "", false), "admin").orElseThrow();
        assertThat(result.saved()).hasValueSatisfying(c -> assertThat(c.slug()).isEqualTo("kompost"));
        assertThat(result.isChanged()).isFalse();
    }

    @Test
    void unknownSlugIsEmpty() {
        assertThat(editor.update("finns-inte", form("X", "", false), "admin")).isEmpty();
        assertThat(editor.setClosed("finns-inte", true, "admin")).isEmpty();
        assertThat(editor.setPublished("finns-inte", true, "admin")).isEmpty();
    }

    @Test
    void publishUnpublishCloseAndReopenAreEachAudited() {
        created("Kompost", "kompost");
        assertThat(editor.setPublished("kompost", false, "api")).hasValueSatisfying(c -> assertThat(c.isPublished()).isFalse());
        assertThat(editor.setClosed("kompost", true, "api")).hasValueSatisfying(c -> assertThat(c.isClosed()).isTrue());
        assertThat(editor.setClosed("kompost", false, "api")).hasValueSatisfying(c -> assertThat(c.isClosed()).isFalse());
        assertThat(editor.setPublished("kompost", true, "api")).hasValueSatisfying(c -> assertThat(c.isPublished()).isTrue());
        assertThat(audit.newest(10)).extracting(AuditEntry::action)
                .containsExactly("publish", "reopen", "close", "unpublish", "create");
        assertThat(audit.newest(4)).extracting(AuditEntry::actor).containsOnly("api");
    }

    @Test
    void closingAClosedConversationWritesNoSecondEntry() {
        created("Kompost", "kompost");
        editor.setClosed("kompost", true, "admin");
        editor.setClosed("kompost", true, "admin");
        assertThat(audit.newest(10)).extracting(AuditEntry::action).containsExactly("close", "create");
    }

    @Test
    void labelsAreStoredInTheirOrder() {
        Conversation c = editor.create(new ConversationForm("Titel", "", "", "", "Politik, Intressant", false), "admin")
                .saved().orElseThrow();
        assertThat(conversations.findById(c.id()).orElseThrow().labels()).isEqualTo(List.of("Politik", "Intressant"));
    }
}
