-- An admin account's own mail address (lower-case): it counts as an admin address for notices and
-- for starting conversations by mail, next to mail2blog.admin.addresses. Accounts made before this
-- (the first-start account) have none.
ALTER TABLE admin_account ADD COLUMN email VARCHAR(320);
ALTER TABLE admin_account ADD CONSTRAINT admin_account_email_unique UNIQUE (email);
ALTER TABLE admin_account ADD CONSTRAINT admin_account_email_lower CHECK (email = LOWER(email));
