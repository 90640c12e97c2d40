package org.mail2blog.trim;

import java.util.regex.Pattern;

/**
 * Recognises the one-line footers that mobile and desktop mail apps add below the writer's text
 * ("Sent from my iPhone", "Skickat från Outlook för Android"). A footer is a verb of sending, a
 * preposition, and a device or app word; the device word keeps prose such as "Sent from the
 * office, the parcel…" in the text. Footers are short, so only lines up to {@value #MAX_LENGTH}
 * characters are looked at.
 */
final class MobileFooters {
    private static final int MAX_LENGTH = 100;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // "Sent from", "Skickat från", "Sendt fra", "Envoyé de/depuis", "Enviado desde/do", "Inviato da",
    // "Verzonden vanaf/met", "Gesendet von/mit", "Wysłane z", "Lähetetty …", "Отправлено с"
    // (iphone-sv-top-post, iphone-en-top-post, outlook-android-sv-top-post, samsung-email-en-top-post,
    // yahoo-sv-top-post, windows-mail-en-top-post; the others: ReplyTrimmerTest.Footers).
    private static final Pattern SENT_FROM = Pattern.compile("^\\(?(sent|sendt|skickat|envoyé|enviado|inviato"
            + "|verzonden|verstuurd|gesendet|wysłane|lähetetty|отправлено)\\s(from|with|via|using|on|från|med|fra"
            + "|de|depuis|desde|do|da|dal|vanaf|met|von|mit|z|с)\\s", FLAGS);
    private static final Pattern DEVICE = Pattern.compile("(?<!\\p{L})(my|min|mitt|mon|ma|mi|meu|mio|mijn|meinem"
            + "|mój|iphone|ipad|ipod|android|mobile|mobil|mobiel|móvil|cellulare|phone|telefon|galaxy|samsung"
            + "|outlook|mail|gmail|yahoo|blackberry|windows|airmail|mailbox|huawei|pixel|xperia|nokia"
            + "|smartphone|device|tablet|spark|proton)(?!\\p{L})", FLAGS);
    // German puts the verb last: "Von meinem iPhone gesendet"; K-9 Mail writes a sentence
    // (ReplyTrimmerTest.Footers).
    private static final Pattern GERMAN = Pattern.compile("^(Von meinem\\s.{1,60}\\sgesendet\\.?|Diese Nachricht wurde"
            + " von meinem\\s.*)$", FLAGS);
    // Outlook mobile's "Get Outlook for Android", also without a space before its link, in Swedish
    // "Hämta/Skaffa Outlook för iOS" and other languages (outlook-android-en-top-post, outlook-ios-sv-top-post).
    private static final Pattern GET_OUTLOOK = Pattern.compile("^(Get|Hämta|Skaffa|Hent|Obtenir|Obtener|Scarica"
            + "|Download|Holen Sie sich)?\\s?\\[?Outlook (for|för|für|til|voor|pour|para|per|dla) (iOS|Android)", FLAGS);
    // Chinese and Japanese iPhone footers: "從我的 iPhone 傳送", "iPhoneから送信" (ReplyTrimmerTest.Footers).
    private static final Pattern EAST_ASIAN = Pattern.compile("^([从從]我的.{1,20}(发送|傳送|發送)|.{1,20}から送信)$");

    private MobileFooters() {
    }

    /** The first letters of every footer above, lower-case: most lines are rejected on this alone. */
    private static final String FIRST_LETTERS = "sevgwlоidho([从從";

    /** True when {@code stripped}, a line without surrounding white space, is a mail app's footer. */
    static boolean isFooter(String stripped) {
        if (stripped.length() > MAX_LENGTH) {
            return false;
        }
        if (FIRST_LETTERS.indexOf(Character.toLowerCase(stripped.charAt(0))) < 0 && !stripped.endsWith("から送信")) {
            return false;
        }
        return (SENT_FROM.matcher(stripped).lookingAt() && DEVICE.matcher(stripped).find())
                || GERMAN.matcher(stripped).matches()
                || GET_OUTLOOK.matcher(stripped).lookingAt()
                || EAST_ASIAN.matcher(stripped).matches();
    }
}
