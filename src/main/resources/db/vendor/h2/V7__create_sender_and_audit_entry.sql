-- What the admins decided about a sender address (lower-case): trusted senders' authenticated mail is
-- published without waiting; banned senders' mail goes straight to spam. No row: an ordinary sender.
CREATE TABLE sender (
    address    VARCHAR(320)  PRIMARY KEY,
    status     VARCHAR(16)   NOT NULL,
    decided_by VARCHAR(100)  NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sender_status_check CHECK (status IN ('trusted', 'banned'))
);

-- Every admin decision, whoever made it and however (web, API, mail): who, when, what, on what.
-- Rows are only ever added.
CREATE TABLE audit_entry (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor   VARCHAR(100)  NOT NULL,
    action  VARCHAR(32)   NOT NULL,
    target  VARCHAR(200)  NOT NULL,
    detail  VARCHAR(2000) NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (at);

-- spam: set aside by an admin or because the sender is banned (never shown, never answered, kept);
-- removed: taken off its page by an admin after it was published (kept, not shown).
ALTER TABLE letter DROP CONSTRAINT letter_state_check;
ALTER TABLE letter ADD CONSTRAINT letter_state_check
    CHECK (state IN ('pending', 'published', 'rejected', 'withdrawn', 'spam', 'removed'));
