-- What the mail's trusted Authentication-Results said about its From domain when the letter was
-- queued (pass, fail, none, unconfigured) and why, in a sentence for the admin. Letters that did not
-- come through the queue (imports, older letters) were not checked.
ALTER TABLE letter ADD COLUMN auth_verdict VARCHAR(16) DEFAULT 'unconfigured' NOT NULL;
ALTER TABLE letter ADD COLUMN auth_explanation VARCHAR(1000) DEFAULT 'Not checked.' NOT NULL;
ALTER TABLE letter ADD CONSTRAINT letter_auth_verdict_check
    CHECK (auth_verdict IN ('pass', 'fail', 'none', 'unconfigured'));
-- The sender is trusted but the mail did not authenticate its From domain: it waits, flagged.
ALTER TABLE letter ADD COLUMN trust_unverified BOOLEAN DEFAULT FALSE NOT NULL;
