package org.mail2blog.reader;

/**
 * The page that says a letter is gone: withdrawn just now, or gone already (withdrawn before, or
 * rejected).
 *
 * @param isJustWithdrawn true right after this request withdrew it
 * @param backUrl         the conversation's page, or the front page when there is none
 * @param backText        the text of the link to {@code backUrl}
 */
public record WithdrawnPage(boolean isJustWithdrawn, String backUrl, String backText) implements WithdrawView {
}
