-- Followers of a conversation: who gets a mail when a letter is published there. came_by says how
-- they came: wrote (their letter was published), page (confirmed the form on the page) or mail
-- (mailed "follow" to the reply address). The unsubscribe token is the only credential a follower
-- needs to stop; unsubscribed_at is set once they did (the row stays, so writing again does not
-- silently subscribe them back).
CREATE TABLE follower (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    conversation_id   BIGINT        NOT NULL REFERENCES conversation (id),
    address           VARCHAR(320)  NOT NULL,
    came_by           VARCHAR(16)   NOT NULL,
    unsubscribe_token VARCHAR(64)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    unsubscribed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT follower_address_unique UNIQUE (conversation_id, address),
    CONSTRAINT follower_unsubscribe_token_unique UNIQUE (unsubscribe_token),
    CONSTRAINT follower_came_by_check CHECK (came_by IN ('wrote', 'page', 'mail'))
);

-- A follow asked for on the page, waiting for the address's owner to confirm it (double opt-in):
-- anyone can type anyone's address into the form.
CREATE TABLE follow_request (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conversation_id BIGINT        NOT NULL REFERENCES conversation (id),
    address         VARCHAR(320)  NOT NULL,
    token           VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT follow_request_token_unique UNIQUE (token)
);

-- Per-recipient reply addresses: blog+<token>@domain in the mails we send, the token bound to one
-- conversation and the one address we sent it to. A reply from another address is flagged.
CREATE TABLE recipient_token (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    token           VARCHAR(64)   NOT NULL,
    conversation_id BIGINT        NOT NULL REFERENCES conversation (id),
    address         VARCHAR(320)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT recipient_token_unique UNIQUE (token),
    CONSTRAINT recipient_token_binding_unique UNIQUE (conversation_id, address)
);

-- A letter sent to a per-recipient address from an address other than the bound one: queued, flagged,
-- never published as the person the address was made for. RECIPIENT_ADDRESS needs a longer matched_by.
ALTER TABLE letter ADD COLUMN sender_mismatch BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE letter ALTER COLUMN matched_by SET DATA TYPE VARCHAR(32);
