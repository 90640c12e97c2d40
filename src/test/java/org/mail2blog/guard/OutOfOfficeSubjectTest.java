package org.mail2blog.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every out-of-office phrase, and subjects of people that merely look like one. */
class OutOfOfficeSubjectTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Out of Office: back on Monday                  | 'Out of Office' (English)
            Out of the office                              | 'Out of the office' (English)
            Re: Away from the office: Spring meetup        | 'Away from the office' (English)
            Auto-reply: Re: Spring meetup                  | 'Auto-reply' (English)
            AUTOREPLY                                      | 'Autoreply' (English)
            Vacation: back 12 August                       | 'Vacation' (English)
            SV: Automatiskt svar: Vårens träff             | 'Automatiskt svar' (Swedish)
            Frånvarande                                    | 'Frånvarande' (Swedish)
            Semester: åter vecka 33                        | 'Semester' (Swedish)
            AW: Automatische Antwort: Treffen              | 'Automatische Antwort' (German)
            Abwesenheitsnotiz                              | 'Abwesenheitsnotiz' (German)
            Absence du bureau : RE: Rencontre              | 'Absence du bureau' (French)
            Antw: Automatisch antwoord: Bijeenkomst        | 'Automatisch antwoord' (Dutch)
            Afwezig                                        | 'Afwezig' (Dutch)
            Automatisk svar: SV: Sommerturen               | 'Automatisk svar' (Danish/Norwegian)
            Poissa: Kevään tapaaminen                      | 'Poissa' (Finnish)
            RV: Respuesta automática: Reunión              | 'Respuesta automática' (Spanish)
            Fuera de la oficina                            | 'Fuera de la oficina' (Spanish)
            R: Risposta automatica: Incontro               | 'Risposta automatica' (Italian)
            Fuori sede: rientro il 2 settembre             | 'Fuori sede' (Italian)
            Re[2]: Out of office                           | 'Out of office' (English)
            """)
    void findsThePhrase(String subject, String phrase) {
        assertThat(OutOfOfficeSubject.findPhrase(subject)).hasValueSatisfying(
                found -> assertThat(found).isEqualToIgnoringCase(phrase));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Re: Out of office policy discussion",
        "Re: Photos from Gotland and our vacation plans",
        "Semesterplaner för juli",
        "Re: Semester",
        "SV: Frånvaro",
        "Automatic replies are annoying",
        "Outlook: automatic reply settings",
        "Poissaolot kesällä",
        "Fwd: Automatic reply: Spring meetup",
        "",
    })
    void leavesPeopleAlone(String subject) {
        assertThat(OutOfOfficeSubject.findPhrase(subject)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Frånvaro", "FRÅNVARO: Vårens träff"})
    void matchesDecomposedAndUpperCaseLetters(String subject) {
        String decomposed = Normalizer.normalize(subject, Normalizer.Form.NFD);
        assertThat(OutOfOfficeSubject.findPhrase(decomposed)).isPresent();
    }
}
