package org.mail2blog.admin;

import java.util.List;

import org.mail2blog.sender.SenderHistory;

/**
 * Everything an admin needs to judge one pending letter besides the decision forms: the letter as
 * readers will see it, the original mail, what the trimmer cut, the flags and the sender's history.
 * Admins only: it holds the sender's history and the original mail.
 *
 * @param messageKey the stored mail the letter was read from (its raw download)
 * @param letter     the letter as it will appear on the conversation page
 * @param original   the mail as it was received
 * @param flags      what deserves a second look, besides the flags of the queue item itself
 * @param history    how the admins decided on this sender's earlier letters
 */
public record Review(long messageKey, Letter letter, Original original, Flags flags, SenderHistory.Counts history) {

    /**
     * A letter in the reader's shape ({@code layout/macros.ftlh}, macro {@code letter}): public name,
     * date in the blog's language, paragraphs of lines.
     */
    public record Letter(long id, String authorName, String writtenAt, String isoDate, List<List<String>> paragraphs) {
        public Letter {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * The original mail, shown safely.
     *
     * @param problem   why the stored mail could not be read; empty when it could
     * @param hasText   whether the mail has a text/plain body part
     * @param text      that part, decoded; shown escaped
     * @param html      its text/html part, sanitised; empty when it has none
     * @param files     every other part, listed, never served
     * @param cutLines  the text the trimmer was given, each line marked kept or cut; empty when not aligned
     * @param isAligned whether {@code cutLines} could be worked out; if not, {@code removed} is shown as a block
     * @param removed   what the trimmer cut away, as stored
     */
    public record Original(String problem, boolean hasText, String text, SafeHtml html, List<File> files,
                           List<CutLines.Line> cutLines, boolean isAligned, String removed) {
        public Original {
            files = List.copyOf(files);
            cutLines = List.copyOf(cutLines);
        }

        /** How many lines were cut (of the aligned lines). */
        public long cutCount() {
            return cutLines.stream().filter(CutLines.Line::isCut).count();
        }
    }

    /** An attachment, by name, type and size ("12.3 kB"). */
    public record File(String name, String type, String size) {
    }

    /**
     * Flags worked out from the stored mail.
     *
     * @param isLarge        the raw mail is over {@code mail2blog.admin.large-mail-bytes}
     * @param size           the raw mail's size, e.g. "1.2 MB"
     * @param hasAttachments the mail has parts besides its text
     * @param warnings       parse and trim warnings stored with the letter
     */
    public record Flags(boolean isLarge, String size, boolean hasAttachments, List<String> warnings) {
        public Flags {
            warnings = List.copyOf(warnings);
        }
    }
}
