package org.mail2blog.reader;

/** What the withdraw link shows: the confirm page, or the page saying the letter is gone. */
public sealed interface WithdrawView permits WithdrawPage, WithdrawnPage {
}
