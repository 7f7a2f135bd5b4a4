-- Schema 12: a checklist override is accepted only when the doctor authenticated at the desk with
-- their own password or PIN (docs/desk.md "Overrides"). The dose records how the doctor's
-- credential was checked and the id of that approval (the audit row "override.auth" names it);
-- one approval allows one dose.
ALTER TABLE dose ADD COLUMN override_auth TEXT
    CHECK (override_auth IS NULL OR override_auth IN ('password', 'pin'));
ALTER TABLE dose ADD COLUMN override_approval TEXT;
CREATE UNIQUE INDEX dose_override_approval ON dose(override_approval)
    WHERE override_approval IS NOT NULL;
