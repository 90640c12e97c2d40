-- A letter with nothing of the writer's own left after trimming (only quoted history) cannot be
-- published; it stays in the queue, flagged, so the admin can look at the original and decide.
ALTER TABLE letter ADD COLUMN is_empty BOOLEAN DEFAULT FALSE NOT NULL;
