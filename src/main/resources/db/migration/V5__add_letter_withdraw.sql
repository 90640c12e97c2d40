-- A writer can take a letter back with the link in the acknowledgement: each letter gets its own
-- unguessable withdraw token (letters stored before this migration have none and cannot be
-- withdrawn by link). A withdrawn letter keeps its row: state 'withdrawn', decided_by 'sender',
-- decided_at the moment, and withdrawn_from the state it had ('pending' or 'published').
ALTER TABLE letter ADD COLUMN withdraw_token VARCHAR(64);
ALTER TABLE letter ADD COLUMN withdrawn_from VARCHAR(16);
ALTER TABLE letter ADD CONSTRAINT letter_withdraw_token_unique UNIQUE (withdraw_token);
ALTER TABLE letter DROP CONSTRAINT letter_state_check;
ALTER TABLE letter ADD CONSTRAINT letter_state_check
    CHECK (state IN ('pending', 'published', 'rejected', 'withdrawn'));
