-- Every received mail, raw, stored before the mailbox is told anything.
CREATE TABLE message (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    sha256       CHAR(64)      NOT NULL,
    message_id   VARCHAR(998),
    raw          BLOB          NOT NULL,
    size_bytes   INT           NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- received: stored, not read yet; read: became a letter; quarantined: could not be read;
    -- duplicate: another mail with the same Message-ID came first (kept, never published)
    state        VARCHAR(16)   NOT NULL,
    reason       VARCHAR(32),
    detail       VARCHAR(2000),
    CONSTRAINT message_sha256_unique UNIQUE (sha256),
    CONSTRAINT message_state_check CHECK (state IN ('received', 'read', 'quarantined', 'duplicate'))
);
CREATE INDEX message_message_id ON message (message_id);

CREATE TABLE conversation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(120)  NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    intro        CLOB          NOT NULL,
    outro        CLOB          NOT NULL,
    labels       VARCHAR(1000) NOT NULL,
    reply_token  VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT conversation_slug_unique UNIQUE (slug),
    CONSTRAINT conversation_reply_token_unique UNIQUE (reply_token)
);

-- A letter: one read mail, matched to a conversation (or not yet: conversation_id is null).
CREATE TABLE letter (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_key     BIGINT        NOT NULL REFERENCES message (id),
    conversation_id BIGINT        REFERENCES conversation (id),
    rfc_message_id  VARCHAR(998),
    matched_by      VARCHAR(16)   NOT NULL,
    author_name     VARCHAR(300)  NOT NULL,
    author_address  VARCHAR(320)  NOT NULL,
    subject         VARCHAR(1000) NOT NULL,
    written_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    body            CLOB          NOT NULL,
    removed         CLOB          NOT NULL,
    warnings        CLOB          NOT NULL,
    -- pending: waits for an admin; published: on the page; rejected: never shown
    state           VARCHAR(16)   NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_by      VARCHAR(64),
    CONSTRAINT letter_message_key_unique UNIQUE (message_key),
    CONSTRAINT letter_state_check CHECK (state IN ('pending', 'published', 'rejected'))
);
CREATE INDEX letter_conversation ON letter (conversation_id, state);
CREATE INDEX letter_rfc_message_id ON letter (rfc_message_id);

CREATE TABLE admin_account (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT admin_account_username_unique UNIQUE (username)
);
