-- Schema 9: the export bundles sent to the district (DESIGN.md §5) and the change sequence of
-- every table they read.

-- One row per bundle written. seq counts a site's bundles and is never reused (rows are never
-- deleted), so the file name and the HL7 control ids built from it (MSH-10:
-- <site code>-<seq>-<message index>) are never reused either. cursor holds, per table, the
-- highest change_seq the bundle included: the next export starts after it, so a skipped day
-- loses nothing.
CREATE TABLE export_batch (
    id              TEXT PRIMARY KEY,
    seq             INTEGER NOT NULL UNIQUE CHECK (seq > 0),
    file_name       TEXT NOT NULL,
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
    previous_sha256 TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    cursor          TEXT NOT NULL,            -- JSON: table → highest change_seq included
    counts          TEXT NOT NULL,            -- JSON: file → records
    hl7_messages    INTEGER NOT NULL DEFAULT 0,  -- MSH-10 indexes 1…n of this seq are used
    bytes           INTEGER NOT NULL DEFAULT 0,
    path            TEXT NOT NULL
);
CREATE TRIGGER export_batch_no_update BEFORE UPDATE ON export_batch
BEGIN SELECT RAISE(ABORT, 'export batches are never changed'); END;
CREATE TRIGGER export_batch_no_delete BEFORE DELETE ON export_batch
BEGIN SELECT RAISE(ABORT, 'export batches are never deleted'); END;

-- Which secret store holds the export signing key: "keychain" or "file:<path>".
-- (meta key export.signing_key_store, written on first use)

-- Writers that do not number their rows get the table's next change_seq from a trigger, so
-- every exported table follows one rule: MAX(change_seq) + 1 per table, indexed.
ALTER TABLE temperature_reading ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
UPDATE temperature_reading SET change_seq = rowid;
UPDATE stock_movement SET change_seq = rowid + (SELECT COALESCE(MAX(change_seq), 0)
                                                FROM stock_movement) WHERE change_seq = 0;
UPDATE excursion SET change_seq = rowid + (SELECT COALESCE(MAX(change_seq), 0) FROM excursion)
    WHERE change_seq = 0;
UPDATE adverse_event SET change_seq = rowid + (SELECT COALESCE(MAX(change_seq), 0)
                                               FROM adverse_event) WHERE change_seq = 0;
CREATE INDEX temperature_reading_change_seq ON temperature_reading(change_seq);
CREATE INDEX stock_movement_change_seq ON stock_movement(change_seq);
CREATE INDEX excursion_change_seq ON excursion(change_seq);

CREATE TRIGGER temperature_reading_seq AFTER INSERT ON temperature_reading
WHEN new.change_seq = 0 BEGIN
    UPDATE temperature_reading SET change_seq =
        (SELECT MAX(change_seq) + 1 FROM temperature_reading) WHERE rowid = new.rowid;
END;
CREATE TRIGGER stock_movement_seq AFTER INSERT ON stock_movement
WHEN new.change_seq = 0 BEGIN
    UPDATE stock_movement SET change_seq =
        (SELECT MAX(change_seq) + 1 FROM stock_movement) WHERE rowid = new.rowid;
END;
CREATE TRIGGER excursion_seq AFTER INSERT ON excursion
WHEN new.change_seq = 0 BEGIN
    UPDATE excursion SET change_seq =
        (SELECT MAX(change_seq) + 1 FROM excursion) WHERE rowid = new.rowid;
END;
CREATE TRIGGER adverse_event_seq AFTER INSERT ON adverse_event
WHEN new.change_seq = 0 BEGIN
    UPDATE adverse_event SET change_seq =
        (SELECT MAX(change_seq) + 1 FROM adverse_event) WHERE rowid = new.rowid;
END;
-- A changed adverse event (outcome, entered-in-error) is sent again.
CREATE TRIGGER adverse_event_seq_update AFTER UPDATE ON adverse_event
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE adverse_event SET change_seq =
        (SELECT MAX(change_seq) + 1 FROM adverse_event) WHERE rowid = new.rowid;
END;
