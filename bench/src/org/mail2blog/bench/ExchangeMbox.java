package org.mail2blog.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.mail2blog.export.Mbox;

/**
 * Writes a made-up exchange as an mbox (through our own mboxrd writer): neighbours writing about a
 * shared courtyard in Swedish and English, every fourth mail multipart/alternative, every tenth
 * HTML only, every third with the quoted history a reply carries (to be trimmed), some with a
 * "From " line in the body (escaped as ">From "), and {@code unreadable} mails without a From header.
 */
final class ExchangeMbox {
    private static final String[] NAMES = {"Åsa Öberg", "Roger Lind", "Lena Ek", "Märta Holm", "Nils Åberg",
            "Karin Svärd", "Olle Ek", "Jane Miller", "Tom Baker"};
    private static final String[] LINES = {
            "Tvättstugan var full av kläder igen i morse, så jag hängde upp en lapp.",
            "Kan vi flytta cyklarna från förrådet innan besiktningen på fredag?",
            "Jag har pratat med styrelsen om komposten, de säger ja om vi sköter den själva.",
            "The bike shed lock is broken again; I left a note for the caretaker.",
            "Thanks for sorting the glass jars, the bins look much better now.",
            "Glöm inte städdagen på lördag, vi börjar klockan tio vid sandlådan.",
            "I can bring coffee and buns if someone else takes care of the rakes.",
            "Grillen på gården behöver en ny galler, jag kollar priser i veckan."};
    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z",
            Locale.ENGLISH);

    private ExchangeMbox() {
    }

    /** Writes {@code count} mails, {@code unreadable} of them without a From header, into {@code file}. */
    static void write(Path file, int count, int unreadable) throws IOException {
        OffsetDateTime start = OffsetDateTime.parse("2011-07-11T09:14:00+02:00");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Mbox mbox = new Mbox(out);
            for (int i = 0; i < count; i++) {
                OffsetDateTime date = start.plusMinutes(37L * i);
                mbox.append("someone@example.com", date, mail(i, date, i >= count - unreadable));
            }
        }
    }

    private static byte[] mail(int i, OffsetDateTime date, boolean unreadable) {
        String name = NAMES[i % NAMES.length];
        String address = name.toLowerCase(Locale.ROOT).replace(' ', '.').replace('å', 'a').replace('ä', 'a')
                .replace('ö', 'o') + "@example.com";
        StringBuilder head = new StringBuilder()
                .append("Message-ID: <bench-").append(i).append("@example.com>\r\n")
                .append(unreadable ? "" : "From: =?UTF-8?Q?" + encodedWord(name) + "?= <" + address + ">\r\n")
                .append("To: grannar@example.com\r\nSubject: =?UTF-8?Q?Sv=3A_G=C3=A5rden?=\r\n")
                .append("Date: ").append(RFC_5322.format(date)).append("\r\nMIME-Version: 1.0\r\n");
        String text = text(i);
        String html = "<p>" + text.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>";
        String body;
        if (i % 10 == 9) {
            body = "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + html;
        } else if (i % 4 == 3) {
            body = "Content-Type: multipart/alternative; boundary=\"b" + i + "\"\r\n\r\n--b" + i
                    + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text
                    + "\r\n--b" + i + "\r\nContent-Type: text/html; charset=UTF-8\r\n"
                    + "Content-Transfer-Encoding: 8bit\r\n\r\n" + html + "\r\n--b" + i + "--\r\n";
        } else {
            body = "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text;
        }
        return (head + body.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String text(int i) {
        StringBuilder text = new StringBuilder("Hej!\n\n");
        for (int k = 0; k < 3 + i % 4; k++) {
            text.append(LINES[(i + k) % LINES.length]).append('\n');
        }
        if (i % 7 == 2) {
            text.append("\nFrom the start we said the courtyard belongs to everyone.\n");
        }
        text.append("\nMvh ").append(NAMES[i % NAMES.length].split(" ")[0]).append('\n');
        if (i % 3 == 1) {
            String previous = NAMES[(i + NAMES.length - 1) % NAMES.length];
            text.append("\nDen 11 juli 2011 kl. 09:14 skrev ").append(previous).append(" <granne@example.com>:\n");
            for (int k = 0; k < 6; k++) {
                text.append("> ").append(LINES[(i + k + 3) % LINES.length]).append('\n');
            }
        }
        return text.toString();
    }

    private static String encodedWord(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            out.append(c == ' ' ? "_" : c < 128 && Character.isLetter(c) ? String.valueOf((char) c)
                    : String.format("=%02X", c));
        }
        return out.toString();
    }
}
