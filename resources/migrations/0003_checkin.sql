-- Schema 3: persons, their identity documents, visits (check-ins), consent, the daily queue.
-- person and visit keep an explicit INTEGER key: the FTS5 index refers to rowids, and VACUUM
-- (also VACUUM INTO for backups) may renumber implicit rowids.

CREATE TABLE person (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL CHECK (length(name) > 0),
    sex        TEXT CHECK (sex IN ('male', 'female')),
    birth_date TEXT NOT NULL,                 -- YYYY-MM-DD
    phone      TEXT NOT NULL DEFAULT '',
    change_seq INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX person_phone ON person(phone) WHERE phone <> '';
CREATE INDEX person_name_birth ON person(name, birth_date);

-- Name search: trigram FTS for three or more characters; LIKE for one or two.
CREATE VIRTUAL TABLE person_name_fts USING fts5(
    name, content = 'person', content_rowid = 'seq', tokenize = 'trigram');
CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
    INSERT INTO person_name_fts(rowid, name) VALUES (new.seq, new.name);
END;
CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
    INSERT INTO person_name_fts(person_name_fts, rowid, name) VALUES ('delete', old.seq, old.name);
END;
CREATE TRIGGER person_fts_update AFTER UPDATE OF name ON person BEGIN
    INSERT INTO person_name_fts(person_name_fts, rowid, name) VALUES ('delete', old.seq, old.name);
    INSERT INTO person_name_fts(rowid, name) VALUES (new.seq, new.name);
END;

CREATE TABLE identity_document (
    id         TEXT PRIMARY KEY,
    person_id  TEXT NOT NULL REFERENCES person(id),
    type       TEXT NOT NULL,
    number     TEXT NOT NULL,                 -- normalised
    match_key  TEXT NOT NULL,                 -- what makes two documents the same
    country    TEXT NOT NULL DEFAULT '',
    change_seq INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (type, match_key)
);
CREATE INDEX identity_document_person ON identity_document(person_id);

-- The last queue number given on a local day: numbers are never reused, even after a cancel.
CREATE TABLE queue_counter (
    visit_date  TEXT PRIMARY KEY,
    last_number INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE visit (
    id                TEXT PRIMARY KEY,
    person_id         TEXT NOT NULL REFERENCES person(id),
    visit_date        TEXT NOT NULL,          -- the site's local date
    queue_number      INTEGER NOT NULL CHECK (queue_number > 0),
    lane              TEXT NOT NULL DEFAULT 'normal' CHECK (lane IN ('normal', 'priority')),
    state             TEXT NOT NULL DEFAULT 'waiting'
                      CHECK (state IN ('waiting', 'called', 'vaccinated', 'deferred', 'cancelled')),
    temperature_c     REAL NOT NULL,
    screening_version TEXT NOT NULL,
    screening         TEXT NOT NULL,          -- JSON: answers and outcome as evaluated
    screening_outcome TEXT NOT NULL CHECK (screening_outcome IN ('clear', 'doctor_review')),
    appointment_id    TEXT NOT NULL DEFAULT '',
    checked_in_at     TEXT NOT NULL,
    checked_in_by     TEXT NOT NULL,
    change_seq        INTEGER NOT NULL DEFAULT 0,
    UNIQUE (visit_date, queue_number),
    UNIQUE (person_id, visit_date)
);

CREATE TABLE consent (
    id                TEXT PRIMARY KEY,
    visit_id          TEXT NOT NULL UNIQUE REFERENCES visit(id),
    text_version      TEXT NOT NULL CHECK (length(text_version) > 0),
    signed_at         TEXT NOT NULL,
    signer            TEXT NOT NULL CHECK (signer IN ('self', 'guardian')),
    guardian_name     TEXT NOT NULL DEFAULT '',
    guardian_relation TEXT NOT NULL DEFAULT '',
    recorded_by       TEXT NOT NULL,
    CHECK (signer = 'self' OR (length(guardian_name) > 0 AND length(guardian_relation) > 0))
);
