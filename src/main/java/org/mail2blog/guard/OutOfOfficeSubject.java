package org.mail2blog.guard;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Out-of-office phrases that autoresponders put at the start of the Subject, by language. This is
 * the weakest evidence we use, so it is checked only after every header rule.
 * <p>To keep people's mail out, a phrase counts only when it is the whole subject or is followed by
 * {@code :} (French typography allows a space before it): "Out of office: back Monday" and
 * "Automatiskt svar: Re: Vårens träff" match, "Re: Out of office policy discussion" and
 * "Semesterplaner för juli" don't. Everyday words ("Vacation", "Semester", "Frånvaro", …) count
 * only with no reply prefix in front: a reader answering a post titled "Semester" writes
 * "Re: Semester", while responders put their phrase first. The trade-off: a responder that writes
 * "Re: Semester" with no header marking it is taken for a person, and a person who starts a new
 * conversation titled just "Vacation" is taken for a robot (moderation shows the reason). Reply
 * prefixes mean that a person answering an out-of-office ("Re: Automatic reply: …") counts as a
 * robot too; such a mail quotes a robot and is rarely worth publishing.
 * <p>Kept out: person-out-of-office-policy-discussion.eml, person-automatic-reply-settings-question.eml,
 * person-swedish-semesterplaner.eml, person-reply-to-post-titled-semester.eml.
 */
final class OutOfOfficeSubject {
    /** Reply prefixes of the languages below: Re, SV (sv/da/no), AW (de), VS (fi), Antw (nl), R/Rif (it), RV (es). */
    private static final Pattern REPLY_PREFIXES = Pattern.compile(
            "^(?:(?:re|sv|aw|vs|antw|rif|r|rv)\\s*(?:\\[\\d+])?\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);

    /**
     * A phrase, its language, and whether it is an everyday word that only counts without a reply
     * prefix. Client notes name what sends it; the fixture named proves it.
     */
    private record Phrase(String text, String language, boolean isEveryday) {
    }

    /**
     * Longest first, so "Out of Office AutoReply" wins over "Out of Office". Fixtures where the
     * subject is the only evidence are named; OutOfOfficeSubjectTest checks every phrase.
     */
    private static final List<Phrase> PHRASES = List.of(
            // Outlook 2003-2007 OOF (auto-reply-outlook-2007-english-subject-only.eml)
            phrase("Out of Office AutoReply", "English"),
            // Exchange/Outlook OOF, here behind a responder's "RE:" (auto-reply-subject-only-english-re-prefix.eml)
            phrase("Automatic reply", "English"),
            phrase("Out of the office", "English"),
            phrase("Out of Office", "English"),
            phrase("Away from the office", "English"),
            phrase("Auto-reply", "English"),
            phrase("Autoreply", "English"),
            everyday("Vacation", "English"),
            // Exchange sv (auto-reply-exchange-swedish-automatiskt-svar.eml has headers too), webmail
            // responders (auto-reply-subject-only-swedish-franvaro.eml)
            phrase("Automatiskt svar", "Swedish"),
            phrase("Autosvar", "Swedish"),
            everyday("Frånvarande", "Swedish"),
            everyday("Frånvaro", "Swedish"),
            everyday("Semester", "Swedish"),
            // Exchange de (auto-reply-exchange-german-automatische-antwort.eml has headers too), Outlook 2007 de
            phrase("Automatische Antwort", "German"),
            phrase("Abwesenheitsnotiz", "German"),
            // Exchange fr, with the space French puts before ':' (auto-reply-exchange-french-subject-only.eml)
            phrase("Réponse automatique", "French"),
            phrase("Absence du bureau", "French"),
            phrase("Automatisch antwoord", "Dutch"),
            everyday("Afwezig", "Dutch"),
            // Exchange da/no and webmail (auto-reply-subject-only-danish-fravaerende.eml,
            // auto-reply-subject-only-norwegian-ikke-pa-kontoret.eml: raw UTF-8, RFC 6532)
            phrase("Automatisk svar", "Danish/Norwegian"),
            phrase("Ikke på kontoret", "Danish/Norwegian"),
            everyday("Fraværende", "Danish/Norwegian"),
            // Exchange fi (auto-reply-subject-only-finnish-automaattinen-vastaus.eml)
            phrase("Automaattinen vastaus", "Finnish"),
            everyday("Poissa", "Finnish"),
            phrase("Respuesta automática", "Spanish"),
            phrase("Fuera de la oficina", "Spanish"),
            phrase("Risposta automatica", "Italian"),
            phrase("Fuori sede", "Italian"))
            .stream().sorted(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed()).toList();

    private OutOfOfficeSubject() {
    }

    /** The phrase {@code subject} starts with, described for a reason, e.g. {@code 'Autosvar' (Swedish)}. */
    static Optional<String> findPhrase(String subject) {
        String whole = Normalizer.normalize(subject, Normalizer.Form.NFC).strip();
        String afterPrefixes = REPLY_PREFIXES.matcher(whole).replaceFirst("");
        return PHRASES.stream()
                .filter(p -> startsWith(p.isEveryday() ? whole : afterPrefixes, p.text()))
                .findFirst()
                .map(p -> "'" + p.text() + "' (" + p.language() + ")");
    }

    /** Whether {@code subject} is {@code phrase} alone or {@code phrase} followed by {@code :}, ignoring case. */
    private static boolean startsWith(String subject, String phrase) {
        if (!subject.regionMatches(true, 0, phrase, 0, phrase.length())) {
            return false;
        }
        String tail = subject.substring(phrase.length()).strip();
        return tail.isEmpty() || tail.startsWith(":");
    }

    private static Phrase phrase(String text, String language) {
        return new Phrase(text, language, false);
    }

    private static Phrase everyday(String text, String language) {
        return new Phrase(text, language, true);
    }
}
