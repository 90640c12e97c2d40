package org.mail2blog.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mail2blog.exchange.Letter;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.moderation.ImportedLetter;

class DraftTest {
    private static final OffsetDateTime SENT = OffsetDateTime.parse("2024-09-05T08:40:00+02:00");

    private static ParsedMessage mail(String subject) {
        return new ParsedMessage(Optional.of("m@example.com"), Optional.empty(), List.of(), subject, "Henrik Åhl",
                "henrik.ahl@example.com", List.of("blog@example.com"), Optional.of(SENT), "text", List.of());
    }

    private static Letter note(String body) {
        return new Letter("Henrik Åhl", "henrik.ahl@example.com", Optional.of(SENT), body);
    }

    private static Letter letter(String name, String date, String body) {
        return new Letter(name, name.toLowerCase().replace(' ', '.') + "@example.com",
                Optional.ofNullable(date).map(OffsetDateTime::parse), body);
    }

    @Test
    void plainMailIsTitleAndIntro() {
        Draft draft = Draft.of(mail("Sv: Fwd: Tvättstugan"), List.of(note("Hej alla!")));
        assertThat(draft.title()).isEqualTo("Tvättstugan");
        assertThat(draft.intro()).isEqualTo("Hej alla!");
        assertThat(draft.letters()).isEmpty();
    }

    @Test
    void forwardersNoteIsTheIntroAndTheRestAreLetters() {
        Draft draft = Draft.of(mail("Fwd: Tvättstugan"), List.of(
                letter("Ingrid Sjöberg", "2024-09-02T09:05:00+02:00", "Första"),
                letter("Tomas Berg", "2024-09-03T18:12:00+02:00", "Andra"),
                note("Här är växlingen.")));
        assertThat(draft.intro()).isEqualTo("Här är växlingen.");
        assertThat(draft.letters()).extracting(ImportedLetter::authorName).containsExactly("Ingrid Sjöberg", "Tomas Berg");
        assertThat(draft.letters()).extracting(ImportedLetter::body).containsExactly("Första", "Andra");
    }

    @Test
    void bareForwardHasAnEmptyIntro() {
        Draft draft = Draft.of(mail("Fwd: Tvättstugan"),
                List.of(letter("Ingrid Sjöberg", "2024-09-02T09:05:00+02:00", "Första")));
        assertThat(draft.intro()).isEmpty();
        assertThat(draft.letters()).hasSize(1);
    }

    @Test
    void forwardersOwnOlderLetterIsALetterNotTheIntro() {
        Draft draft = Draft.of(mail("Fwd: Tvättstugan"), List.of(
                new Letter("Henrik Åhl", "henrik.ahl@example.com",
                        Optional.of(OffsetDateTime.parse("2024-09-01T10:00:00+02:00")), "Mitt gamla brev")));
        assertThat(draft.intro()).isEmpty();
        assertThat(draft.letters()).extracting(ImportedLetter::body).containsExactly("Mitt gamla brev");
    }

    @Test
    void undatedLetterTakesTheDateOfTheLetterBeforeIt() {
        Draft draft = Draft.of(mail("Fwd: x"), List.of(
                letter("Ingrid Sjöberg", "2024-09-02T09:05:00+02:00", "Första"),
                letter("Tomas Berg", null, "Andra")));
        assertThat(draft.letters().get(1).writtenAt()).isEqualTo(OffsetDateTime.parse("2024-09-02T09:05:00+02:00"));
    }

    @Test
    void undatedFirstLetterTakesTheDateOfTheNextOne() {
        Draft draft = Draft.of(mail("Fwd: x"), List.of(
                letter("Ingrid Sjöberg", null, "Första"),
                letter("Tomas Berg", "2024-09-03T18:12:00+02:00", "Andra")));
        assertThat(draft.letters().get(0).writtenAt()).isEqualTo(OffsetDateTime.parse("2024-09-03T18:12:00+02:00"));
    }

    @Test
    void longSubjectIsCutToTheTitleColumn() {
        assertThat(Draft.of(mail("Sv: " + "x".repeat(400)), List.of()).title()).hasSize(Draft.MAX_TITLE);
    }
}
