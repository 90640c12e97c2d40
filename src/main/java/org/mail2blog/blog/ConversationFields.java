package org.mail2blog.blog;

import java.util.List;

/**
 * What the blogger writes about a conversation, checked and ready to store: the slug is well formed
 * (but not necessarily free), the texts are within their columns' limits.
 *
 * @param slug   the URL name, {@code /t/{slug}}
 * @param title  the post title, one line
 * @param intro  the text before the letters (plain text, may be empty)
 * @param outro  the text after the letters (plain text, may be empty)
 * @param labels labels shown in the footer, in the blogger's order, none repeated
 */
public record ConversationFields(String slug, String title, String intro, String outro, List<String> labels) {
    public ConversationFields {
        labels = List.copyOf(labels);
    }

    /** The same fields under another slug. */
    public ConversationFields withSlug(String other) {
        return new ConversationFields(other, title, intro, outro, labels);
    }

    /** The same fields as a new conversation, published at once or kept as a draft. */
    public NewConversation asNew(boolean published) {
        return new NewConversation(slug, title, intro, outro, labels, published);
    }

    /** The fields of a stored conversation. */
    public static ConversationFields of(Conversation c) {
        return new ConversationFields(c.slug(), c.title(), c.intro(), c.outro(), c.labels());
    }
}
