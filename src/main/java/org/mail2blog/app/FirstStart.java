package org.mail2blog.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.ingest.Archived;
import org.mail2blog.mime.MessageRejected;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.ingest.RawMessage;

/**
 * What happens on the first start against an empty database: the admin account is created (with a
 * generated password unless one is configured), and one sample conversation is published so the
 * blog is usable at once. Its letters go through the real pipeline, as mails, so they are archived
 * raw and trimmed like any other.
 */
final class FirstStart {
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final Beans beans;
    private final Settings settings;

    FirstStart(Beans beans, Settings settings) {
        this.beans = beans;
        this.settings = settings;
    }

    /** Creates the admin account when there is none; returns the generated password, if one was generated. */
    Optional<String> ensureAdmin() {
        if (!beans.adminAccounts().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> configured = settings.initialAdminPassword();
        String password = configured.orElseGet(FirstStart::generatePassword);
        beans.adminAccounts().create(settings.initialAdminUser(), password);
        return configured.isPresent() ? Optional.empty() : Optional.of(password);
    }

    /** Publishes the sample conversation when the database has no conversation at all. */
    void ensureSampleConversation() throws MessagingException, IOException, MessageRejected {
        if (beans.conversations().count() > 0) {
            return;
        }
        Conversation sample = beans.conversations().create(new NewConversation("kallsortering-ii",
                "Källsortering II – ett brev kom om pantburkarna", SampleText.INTRO, SampleText.OUTRO,
                List.of("Vardag", "Miljö"), true));
        addLetter(sample, "Lena Ek", "lena.ek@example.com", "2011-07-11T09:14:00+02:00", SampleText.FIRST_LETTER);
        addLetter(sample, "Roger Lind", "roger.lind@example.com", "2011-07-11T21:40:00+02:00",
                SampleText.SECOND_LETTER);
    }

    private void addLetter(Conversation conversation, String name, String address, String date, String body)
            throws MessagingException, IOException, MessageRejected {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setFrom(new InternetAddress(address, name, "UTF-8"));
        mail.setRecipients(MimeMessage.RecipientType.TO, beans.replyAddress().forToken(conversation.replyToken()));
        mail.setSubject("Sv: " + conversation.title(), "UTF-8");
        mail.setSentDate(Date.from(OffsetDateTime.parse(date).toInstant()));
        mail.setText(body, "UTF-8");
        mail.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mail.writeTo(out);
        Archived archived = beans.messageArchive().archive(new RawMessage(out.toByteArray()));
        ParsedMessage parsed = beans.mimeParser().parse(archived.raw());
        beans.moderationQueue().importPublished(archived.key(), parsed, beans.replyTrimmer().trim(parsed.text()),
                conversation.id(), settings.initialAdminUser());
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
