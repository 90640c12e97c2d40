package org.mail2blog.admin;

/**
 * The admin's edit of a pending letter before it is published: a text area prefilled with the text
 * that would be published, the part the trimmer cut away for reference, and an error on the field
 * when the last attempt was refused.
 *
 * @param letterId     the letter
 * @param conversation the conversation's title
 * @param fromName     the public name it will appear under
 * @param subject      the mail's subject
 * @param text         what the text area holds: the trimmed text, or the refused attempt
 * @param removed      what the trimmer cut away
 * @param maxLength    the longest text that can be published
 * @param error        why the last attempt was refused; empty when there was none
 */
public record EditPage(String admin, String csrfToken, long letterId, String conversation, String fromName,
                       String subject, String text, String removed, int maxLength, String error) {
}
