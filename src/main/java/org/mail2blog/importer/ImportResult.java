package org.mail2blog.importer;

import java.util.Optional;

import org.mail2blog.blog.Conversation;

/**
 * What an import did.
 *
 * @param counts       the final counts
 * @param conversation the conversation the letters went to; empty when {@code --new} found nothing
 *                     new to import, so no conversation was created
 * @param isCreated    true when this import created the conversation
 */
public record ImportResult(ImportCounts counts, Optional<Conversation> conversation, boolean isCreated) {
}
