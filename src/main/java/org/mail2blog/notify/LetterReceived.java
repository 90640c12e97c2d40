package org.mail2blog.notify;

import java.util.List;
import java.util.Optional;

/**
 * A person's letter arrived for a conversation and waits for approval: the sender gets an
 * acknowledgement.
 *
 * @param letterId          the letter
 * @param conversationId    its conversation
 * @param senderAddress     where the acknowledgement goes
 * @param publicName        the name the letter will be published under
 * @param conversationTitle the conversation's title
 * @param conversationUrl   the conversation's public page
 * @param replyAddress      the conversation's reply address (Reply-To of the acknowledgement)
 * @param letterMessageId   the letter's own Message-ID, so the acknowledgement threads under it
 * @param letterReferences  the letter's References
 * @param letterSubject     the letter's subject
 * @param withdrawUrl       the page where the sender can take the letter back (the link is the credential)
 * @param isConversationClosed true when the conversation takes no new letters: the mail says so
 */
public record LetterReceived(long letterId, long conversationId, String senderAddress, String publicName, String conversationTitle,
                             String conversationUrl, String replyAddress, Optional<String> letterMessageId,
                             List<String> letterReferences, String letterSubject, String withdrawUrl,
                             boolean isConversationClosed) {
    public LetterReceived {
        letterReferences = List.copyOf(letterReferences);
    }

    /** A letter to an open conversation. */
    public LetterReceived(long letterId, long conversationId, String senderAddress, String publicName,
                          String conversationTitle, String conversationUrl, String replyAddress,
                          Optional<String> letterMessageId, List<String> letterReferences, String letterSubject,
                          String withdrawUrl) {
        this(letterId, conversationId, senderAddress, publicName, conversationTitle, conversationUrl, replyAddress,
                letterMessageId, letterReferences, letterSubject, withdrawUrl, false);
    }
}
