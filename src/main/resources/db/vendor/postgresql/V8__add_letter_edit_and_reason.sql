-- PostgreSQL twin of db/vendor/h2/V8__add_letter_edit_and_reason.sql: the same columns, TEXT for CLOB.
-- Edit, then approve: the admin's corrected text is what readers and followers get; body (the trimmed
-- text) and the raw mail stay exactly as they came. edited_body is null for a letter nobody edited.
ALTER TABLE letter ADD COLUMN edited_body TEXT;
ALTER TABLE letter ADD COLUMN edited_by VARCHAR(100);
ALTER TABLE letter ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;
-- Reject with a reason: what the admin gave as the reason (mailed to the sender when it was a person);
-- null when the letter was rejected without one.
ALTER TABLE letter ADD COLUMN reject_reason VARCHAR(1000);
-- A decider is any audit actor (an admin's name, "api", "<name> by mail"): as wide as audit_entry.actor.
ALTER TABLE letter ALTER COLUMN decided_by SET DATA TYPE VARCHAR(100);
