package org.mail2blog.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Random;

/**
 * A small blog written straight into the tables with SQL: mails (one of them 1 MiB, so it is spooled),
 * a conversation with a long Swedish introduction, letters, a follower, a sender, an audit entry and
 * an outbox mail. Standard SQL, so it runs on H2 and PostgreSQL.
 */
final class SampleBlog {
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T09:15:00+01:00");
    static final String LONG_INTRO = "Vi sorterar soporna i köket, åäö och allt. ".repeat(8000);

    private SampleBlog() {
    }

    /** The raw bytes of mail {@code n}: mail 3 is 1 MiB of random bytes after its headers. */
    static byte[] raw(int n) {
        String head = "From: Åsa Ek <asa" + n + "@example.com>\r\nSubject: Svar " + n + "\r\n\r\nHej från Åsa!\r\n";
        byte[] text = head.getBytes(StandardCharsets.UTF_8);
        if (n != 3) {
            return text;
        }
        byte[] big = new byte[1024 * 1024];
        new Random(n).nextBytes(big);
        System.arraycopy(text, 0, big, 0, text.length);
        return big;
    }

    static void fill(Connection c) throws SQLException {
        for (int n = 1; n <= 3; n++) {
            update(c, "INSERT INTO message (id, sha256, message_id, raw, size_bytes, received_at, state)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'read')", n, String.format("%064d", n), "<m" + n + "@example.com>",
                    raw(n), raw(n).length, AT);
        }
        update(c, "INSERT INTO conversation (id, slug, title, intro, outro, labels, reply_token, created_at, published_at)"
                + " VALUES (7, 'kallsortering', 'Källsortering', ?, 'Tack!', 'hem', 'tok7', ?, ?)", LONG_INTRO, AT, AT);
        for (int n = 1; n <= 3; n++) {
            update(c, "INSERT INTO letter (id, message_key, conversation_id, matched_by, author_name, author_address,"
                    + " subject, written_at, body, removed, warnings, state) VALUES (?, ?, 7, 'reply_address', 'Åsa Ek',"
                    + " ?, 'Svar', ?, 'Jag håller med.', '> citat', '[]', 'published')",
                    10 + n, n, "asa" + n + "@example.com", AT);
        }
        update(c, "INSERT INTO follower (conversation_id, address, came_by, unsubscribe_token, created_at)"
                + " VALUES (7, 'nils@example.com', 'page', 'unsub-1', ?)", AT);
        update(c, "INSERT INTO sender (address, status, decided_by, decided_at) VALUES ('spam@example.com', 'banned', 'admin', ?)", AT);
        update(c, "INSERT INTO audit_entry (at, actor, action, target, detail) VALUES (?, 'admin', 'approve', 'letter 11', '')", AT);
        update(c, "INSERT INTO outbox (message_id, kind, recipient, raw, state, attempts, next_attempt_at, created_at)"
                + " VALUES ('<o1@example.com>', 'published', 'asa1@example.com', ?, 'pending', 0, ?, ?)",
                raw(1), AT, AT);
    }

    static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
