-- A forwarded exchange becomes several letters that all come from the one stored forwarding mail:
-- each letter names its place in that mail (0: the mail itself; 1, 2, …: the embedded letters,
-- oldest first), and a mail is read into at most one letter per place.
ALTER TABLE letter ADD COLUMN source_index INT DEFAULT 0 NOT NULL;
ALTER TABLE letter DROP CONSTRAINT letter_message_key_unique;
ALTER TABLE letter ADD CONSTRAINT letter_message_key_unique UNIQUE (message_key, source_index);
