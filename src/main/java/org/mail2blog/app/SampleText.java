package org.mail2blog.app;

/** The text of the sample conversation created on the first start (our own words, in Swedish). */
final class SampleText {
    static final String INTRO = """
            Igår skrev jag om hur vi sorterar soporna här i kvarteret. Det ledde till en brevväxling \
            med Lena, som bor några gator bort och har helt andra erfarenheter än jag. Med hennes lov \
            följer breven här nedan, i den ordning de skrevs.

            Vill du också vara med i samtalet? Svara med e-post, så hamnar ditt brev här när jag har \
            läst det. Välkommen!""";

    static final String FIRST_LETTER = """
            Hej!

            Jag läste ditt inlägg om sophanteringen med stort intresse. Hos oss ställde föreningen ut \
            fyra kärl i stället för två i våras, och det märks: restavfallet har nästan halverats.

            Men pantburkarna är ett kapitel för sig. Barnen i huset samlar dem i en stor säck i \
            cykelrummet och pantar en gång i månaden. Pengarna går till sommarfesten.

            Mvh
            Lena
            """;

    static final String SECOND_LETTER = """
            Hej Lena!

            Tack för ditt brev. Fyra kärl låter som en dröm; här står fortfarande allt i samma \
            container bakom garaget, och ingen vet riktigt vem som tömmer den.

            Idén med pantsäcken i cykelrummet tar jag med mig till nästa föreningsmöte. Får jag \
            citera dig när jag säger att "restavfallet har nästan halverats"?

            Mvh Roger

            Den 11 juli 2011 kl. 09:14 skrev Lena Ek <lena.ek@example.com>:
            > Hej!
            >
            > Jag läste ditt inlägg om sophanteringen med stort intresse.
            """;

    static final String OUTRO = """
            Lena har inte svarat på mitt senaste brev ännu. Hoppa gärna in i samtalet du också.""";

    private SampleText() {
    }
}
