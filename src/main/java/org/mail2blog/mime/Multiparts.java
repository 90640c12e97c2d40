package org.mail2blog.mime;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Walking the children of a multipart part, where a broken multipart is a fact to report, not an exception. */
final class Multiparts {
    private Multiparts() {
    }

    /**
     * Hands each child of {@code part} to {@code visit}, in order.
     *
     * @return why the part could not be split (its children were then not all visited); empty when it could
     */
    static Optional<String> eachChild(Part part, Consumer<Part> visit) {
        try {
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    visit.accept(multipart.getBodyPart(i));
                }
            }
            return Optional.empty();
        } catch (MessagingException | IOException broken) {
            return Optional.of(String.valueOf(broken.getMessage()));
        }
    }
}
