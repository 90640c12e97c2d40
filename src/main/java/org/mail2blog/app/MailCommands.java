package org.mail2blog.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mail2blog.exchange.ExchangeExtractor;
import org.mail2blog.exchange.Letter;
import org.mail2blog.mime.MessageRejected;
import org.mail2blog.mime.MimeParser;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.trim.ReplyTrimmer;
import org.mail2blog.trim.Trimmed;

/**
 * The {@code parse}, {@code parse --letters} and {@code trim} commands: the same parser, exchange
 * extractor and trimmer the service uses, on files. A file that fails gets one line on stderr naming it and the reason; the others still run,
 * and the exit code is 1 when any failed.
 */
final class MailCommands {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final MimeParser parser = new MimeParser();
    private final ReplyTrimmer trimmer = new ReplyTrimmer();
    private final PrintStream out;
    private final PrintStream err;

    MailCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int parse(List<String> files) throws JsonProcessingException {
        int failures = 0;
        for (String file : files) {
            try {
                ParsedMessage mail = parser.parse(Files.readAllBytes(Path.of(file)));
                Trimmed trimmed = trimmer.trim(mail.text());
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("file", file);
                json.put("messageId", mail.messageId().orElse(null));
                json.put("inReplyTo", mail.inReplyTo().orElse(null));
                json.put("references", mail.references());
                json.put("subject", mail.subject());
                json.put("fromName", mail.fromName());
                json.put("fromAddress", mail.fromAddress());
                json.put("date", mail.date().map(Object::toString).orElse(null));
                json.put("body", trimmed.kept());
                json.put("removed", trimmed.removed());
                out.println(JSON.writeValueAsString(json));
            } catch (IOException e) {
                failures++;
                err.println("mail2blog parse: " + file + ": cannot read the file (" + e.getMessage() + ")");
            } catch (MessageRejected e) {
                failures++;
                err.println("mail2blog parse: " + file + ": " + e.reason() + ": " + e.getMessage());
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /**
     * One JSON line per letter of each forwarded exchange, oldest first; printed dates without a
     * zone are read in {@code zone}. A file without any letter counts as failed.
     */
    int letters(List<String> files, ZoneId zone) throws JsonProcessingException {
        ExchangeExtractor extractor = new ExchangeExtractor(zone);
        int failures = 0;
        for (String file : files) {
            try {
                List<Letter> letters = extractor.extract(Files.readAllBytes(Path.of(file)));
                if (letters.isEmpty()) {
                    failures++;
                    err.println("mail2blog parse --letters: " + file + ": no letter found; the mail holds only"
                            + " quoted text without a line saying who wrote it");
                }
                for (int i = 0; i < letters.size(); i++) {
                    out.println(JSON.writeValueAsString(letterJson(file, i, letters.get(i))));
                }
            } catch (IOException e) {
                failures++;
                err.println("mail2blog parse --letters: " + file + ": cannot read the file (" + e.getMessage() + ")");
            } catch (MessageRejected e) {
                failures++;
                err.println("mail2blog parse --letters: " + file + ": " + e.reason() + ": " + e.getMessage());
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static Map<String, Object> letterJson(String file, int index, Letter letter) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("index", index);
        json.put("authorName", letter.authorName());
        json.put("authorAddress", letter.authorAddress());
        json.put("date", letter.date().map(Object::toString).orElse(null));
        json.put("body", letter.body());
        return json;
    }

    int trim(List<String> files) throws JsonProcessingException {
        int failures = 0;
        for (String file : files) {
            try {
                Trimmed trimmed = trimmer.trim(Files.readString(Path.of(file), StandardCharsets.UTF_8));
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("file", file);
                json.put("body", trimmed.kept());
                json.put("removed", trimmed.removed());
                out.println(JSON.writeValueAsString(json));
            } catch (IOException e) {
                failures++;
                err.println("mail2blog trim: " + file + ": cannot read the file as UTF-8 text (" + e + ")");
            }
        }
        return failures == 0 ? 0 : 1;
    }

    int trimStdin(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        out.println(trimmer.trim(text).kept());
        return 0;
    }
}
