-- Mail we send, written in the same transaction as the event that causes it and handed to the
-- SMTP relay by the outbox sender; an outage delays mail, never loses it.
CREATE TABLE outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_id      VARCHAR(998)  NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    conversation_id BIGINT        REFERENCES conversation (id),
    raw             BLOB          NOT NULL,
    -- pending: waits for (another) attempt; sent: the relay took it
    state           VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbox_message_id_unique UNIQUE (message_id),
    CONSTRAINT outbox_state_check CHECK (state IN ('pending', 'sent'))
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_recipient ON outbox (recipient, kind, created_at);

-- Automatic mail (out-of-office, bounces, list traffic, our own mail coming back) is stored and
-- kept visible, but never read into a letter and never answered.
ALTER TABLE message DROP CONSTRAINT message_state_check;
ALTER TABLE message ADD CONSTRAINT message_state_check
    CHECK (state IN ('received', 'read', 'quarantined', 'duplicate', 'ignored'));
