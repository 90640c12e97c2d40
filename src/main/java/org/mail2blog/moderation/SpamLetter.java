package org.mail2blog.moderation;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A letter set aside as spam, for the admin's review. Holds the sender's address: admins only.
 *
 * @param id                the letter
 * @param messageKey        the stored mail it was read from (raw download)
 * @param writtenAt         the mail's date
 * @param setAsideAt        when it became spam
 * @param setAsideBy        who set it aside: an admin's name, {@code api}, or {@code ban} when its sender was banned
 * @param fromName          the sender's display name (or the anonymous name)
 * @param fromAddress       the sender's address
 * @param subject           the mail's subject
 * @param body              the trimmed text
 * @param conversationTitle the conversation it came to; empty when it matched none
 * @param isSenderBanned    true while its sender is still banned
 */
public record SpamLetter(long id, long messageKey, OffsetDateTime writtenAt, OffsetDateTime setAsideAt,
                         String setAsideBy, String fromName, String fromAddress, String subject, String body,
                         Optional<String> conversationTitle, boolean isSenderBanned) {
}
