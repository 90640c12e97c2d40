-- Secrets the server makes once and keeps: e.g. the key that signs the moderation addresses in the
-- admins' pending-letter mails (name 'moderation-address'). Generated on first use when no key is
-- configured; a row is never changed, so addresses already mailed stay valid across restarts.
CREATE TABLE server_secret (
    name       VARCHAR(64)  PRIMARY KEY,
    secret     VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A decision made by mail names the admin's address ("redaktor@example.com by mail"), which can be
-- longer than the 64 characters an account name needs; the audit entry names the same actor.
ALTER TABLE letter ALTER COLUMN decided_by SET DATA TYPE VARCHAR(340);
ALTER TABLE audit_entry ALTER COLUMN actor SET DATA TYPE VARCHAR(340);
