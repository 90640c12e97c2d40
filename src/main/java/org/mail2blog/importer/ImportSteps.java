package org.mail2blog.importer;

import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.mime.MimeParser;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.trim.ReplyTrimmer;

/** The beans a mailbox mail passes through, which an imported mail passes through too. */
public record ImportSteps(MessageArchive archive, MimeParser parser, ReplyTrimmer trimmer, ModerationQueue queue) {
}
