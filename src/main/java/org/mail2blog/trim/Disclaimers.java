package org.mail2blog.trim;

import java.util.regex.Pattern;

/**
 * Recognises the legal notices that company mail servers append to every message ("This e-mail
 * and any attachments are confidential and intended solely for the addressee…"). Only a paragraph
 * at the very end of what is kept is ever tested, so a writer who mentions confidentiality in the
 * middle of a letter is not affected (outlook-desktop-en-disclaimer, outlook-desktop-sv-disclaimer).
 */
final class Disclaimers {
    /** Notices are long; a writer's short closing line about secrecy is not one. */
    private static final int MIN_LENGTH = 100;
    /** Only the beginning of a paragraph is looked at. */
    static final int MAX_LOOKED_AT = 2000;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // "Confidential" and its kin in English, Swedish, German, French, Dutch, Italian, Spanish,
    // Portuguese, Polish, Finnish, Danish/Norwegian.
    private static final Pattern SECRECY = Pattern.compile("confidential|privileged|konfidentiell|sekretess"
            + "|vertraulich|confidentiel|vertrouwelijk|riservat|confidencial|poufn|luottamuksellinen"
            + "|fortrolig|konfidensiell", FLAGS);
    // The intended recipient, and what to do when one is not.
    private static final Pattern RECIPIENT = Pattern.compile("recipient|addressee|mottagare|adressat|empfänger"
            + "|destinataire|geadresseerde|ontvanger|destinatario|adresat|vastaanottaja|modtager|mottaker"
            + "|delete|radera|löschen|supprimer|verwijder|cancellare|eliminar", FLAGS);

    private Disclaimers() {
    }

    /** True when {@code paragraph} reads like a confidentiality notice. */
    static boolean isDisclaimer(CharSequence paragraph) {
        if (paragraph.length() < MIN_LENGTH) {
            return false;
        }
        CharSequence head = paragraph.subSequence(0, Math.min(paragraph.length(), MAX_LOOKED_AT));
        return SECRECY.matcher(head).find() && RECIPIENT.matcher(head).find();
    }
}
