-- Schema 10: vaccination certificates issued (docs/certificate.md). A certificate is a record of
-- what was printed: never changed, never deleted. A reprint is a new certificate with a new
-- number; the earlier one stays valid unless one of its doses is corrected later.
--
-- Not exported to the district (the doses are), so no change_seq.
CREATE TABLE certificate (
    id             TEXT PRIMARY KEY,
    number         TEXT NOT NULL UNIQUE,      -- C<YYYYMMDD>-<NNNN>, as printed
    issue_day      TEXT NOT NULL,             -- the site's local date of issue, YYYY-MM-DD
    day_seq        INTEGER NOT NULL CHECK (day_seq > 0),  -- NNNN: 1, 2, … per issue_day
    person_id      TEXT NOT NULL REFERENCES person(id),
    site_code      TEXT NOT NULL,
    issued_at      TEXT NOT NULL,
    issued_by      TEXT NOT NULL REFERENCES staff(id),
    dose_ids       TEXT NOT NULL,             -- JSON array, in printed order
    person_ref     TEXT NOT NULL CHECK (length(person_ref) = 16),
    payload        TEXT NOT NULL,             -- the exact QR text
    content        TEXT NOT NULL,             -- JSON: every printed field (compact, keys sorted)
    content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),  -- of `content`'s bytes
    replaces       TEXT REFERENCES certificate(number),  -- the person's previous certificate
    UNIQUE (issue_day, day_seq)
);
CREATE INDEX certificate_person ON certificate(person_id, issued_at);

CREATE TRIGGER certificate_no_update BEFORE UPDATE ON certificate
BEGIN SELECT RAISE(ABORT, 'certificates are never changed'); END;
CREATE TRIGGER certificate_no_delete BEFORE DELETE ON certificate
BEGIN SELECT RAISE(ABORT, 'certificates are never deleted'); END;
