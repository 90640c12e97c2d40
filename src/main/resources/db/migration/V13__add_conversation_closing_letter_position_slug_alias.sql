-- The admin manages conversations on the web.
-- closed_at: set while a conversation is closed to new letters (its page stays; mail that still comes
-- is queued, flagged); empty while it is open.
ALTER TABLE conversation ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;

-- position: the place of a published (or removed) letter on its page, set when the admin reorders the
-- letters; letters without one follow, in the order they were written.
ALTER TABLE letter ADD COLUMN position INT;

-- A conversation's former slugs: /t/{former} answers with a permanent redirect to its current slug,
-- so old links keep working. A slug is either some conversation's current slug or a former one, never
-- both, and belongs to one conversation only.
CREATE TABLE slug_alias (
    slug            VARCHAR(120)  PRIMARY KEY,
    conversation_id BIGINT        NOT NULL REFERENCES conversation (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX slug_alias_conversation ON slug_alias (conversation_id);
