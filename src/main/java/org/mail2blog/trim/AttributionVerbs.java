package org.mail2blog.trim;

import java.util.List;
import java.util.Locale;

/** The verbs ("wrote", "skrev", "schrieb", …) that attribution lines are built around, for {@link Attributions}. */
final class AttributionVerbs {
    // "wrote" in English, Swedish/Danish/Norwegian, German, French, Dutch (two forms), Spanish,
    // Italian, Polish (two forms), Finnish, Portuguese, Russian and Ukrainian, matched as whole
    // words; Chinese writes no spaces, so its verb is matched anywhere. Plain indexOf, no regex:
    // this test runs on every candidate line.
    private static final List<String> VERBS = List.of("wrote", "writes", "skrev", "schrieb", "écrit", "schreef",
            "geschreven", "escribió", "scritto", "pisze", "napisał", "napisała", "kirjoitti", "escreveu",
            "написал", "написала", "пишет", "пише", "написав");
    private static final List<String> UNSPACED_VERBS = List.of("写道", "寫道");

    private AttributionVerbs() {
    }

    /** True when {@code text} has one of the verbs. */
    static boolean isIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String verb : VERBS) {
            for (int at = lower.indexOf(verb); at >= 0; at = lower.indexOf(verb, at + 1)) {
                int end = at + verb.length();
                if ((at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                        && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
                    return true;
                }
            }
        }
        return UNSPACED_VERBS.stream().anyMatch(lower::contains);
    }
}
