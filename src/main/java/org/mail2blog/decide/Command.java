package org.mail2blog.decide;

import org.mail2blog.moderation.Decision;

/**
 * What an admin's reply asks for.
 *
 * @param decision approve or reject
 * @param reason   the rest of the first line after {@code reject}; empty for approval or when none was given
 */
public record Command(Decision decision, String reason) {
}
