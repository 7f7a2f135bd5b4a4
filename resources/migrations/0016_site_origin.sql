-- Schema 16: site replication's origin of each row (docs/site.md 3.3).
--
-- Site mode's outbox is a query over the change log (schema 15), not a table: every row of a
-- replicated table whose change_seq is above the pushed cursor (meta site.pushed_seq) and whose
-- current version was written at this desk. This migration records where a version came from:
--   * origin_desk on every replicated table: NULL, written at this desk (the outbox reads
--     origin_desk IS NULL); N, this version was pulled from desk N;
--   * site_apply, one row, the flag the apply path raises as the first statement of its
--     transaction and lowers as the last before COMMIT. It is never committed as 1 (a crash
--     rolls it back with the rows), so every other connection always reads 0;
--   * T_site_origin, AFTER UPDATE of a pulled row while the flag is down: a local change of a row
--     that came from elsewhere makes the new version this desk's, to push.
-- Pulled rows are still stamped with change_seq by the change log's triggers (exports and other
-- desk-local cursors see them); the outbox skips them by origin_desk. The pushed row image
-- leaves change_seq and origin_desk out: both are desk-local.
-- ALTER TABLE … ADD COLUMN fires no trigger: this migration writes nothing to the outbox.

CREATE TABLE site_apply (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
);
INSERT INTO site_apply(id, active) VALUES (1, 0);
CREATE TRIGGER site_apply_no_delete BEFORE DELETE ON site_apply
BEGIN SELECT RAISE(ABORT, 'the site apply flag is never deleted'); END;

-- Pulled rows that could not be applied yet (a foreign key to a row not pulled yet, a CHECK of a
-- newer release), with the reason; retried on every pull, never blocking the rows after them.
-- One row per replicated row: a newer version pulled later replaces the one waiting.
CREATE TABLE site_pending (
    tbl        TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    desk_no    INTEGER NOT NULL,
    desk_seq   INTEGER NOT NULL,
    payload    TEXT NOT NULL,              -- the row image as pulled (JSON)
    reason     TEXT NOT NULL,
    first_at   TEXT NOT NULL,
    tried_at   TEXT NOT NULL,
    tries      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;

ALTER TABLE person ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER person_site_origin AFTER UPDATE ON person
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE person SET origin_desk = NULL WHERE rowid = new.rowid;
END;

ALTER TABLE identity_document ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER identity_document_site_origin AFTER UPDATE ON identity_document
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE identity_document SET origin_desk = NULL WHERE rowid = new.rowid;
END;

ALTER TABLE visit ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER visit_site_origin AFTER UPDATE ON visit
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE visit SET origin_desk = NULL WHERE rowid = new.rowid;
END;

ALTER TABLE deferral ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER deferral_site_origin AFTER UPDATE ON deferral
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE deferral SET origin_desk = NULL WHERE rowid = new.rowid;
END;

ALTER TABLE dose ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER dose_site_origin AFTER UPDATE ON dose
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE dose SET origin_desk = NULL WHERE rowid = new.rowid;
END;

ALTER TABLE observation ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER observation_site_origin AFTER UPDATE ON observation
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE observation SET origin_desk = NULL WHERE rowid = new.rowid;
END;

ALTER TABLE adverse_event ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER adverse_event_site_origin AFTER UPDATE ON adverse_event
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE adverse_event SET origin_desk = NULL WHERE rowid = new.rowid;
END;

ALTER TABLE contraindication ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER contraindication_site_origin AFTER UPDATE ON contraindication
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE contraindication SET origin_desk = NULL WHERE rowid = new.rowid;
END;

ALTER TABLE lot ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER lot_site_origin AFTER UPDATE ON lot
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE lot SET origin_desk = NULL WHERE rowid = new.rowid;
END;

ALTER TABLE lot_quarantine ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER lot_quarantine_site_origin AFTER UPDATE ON lot_quarantine
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE lot_quarantine SET origin_desk = NULL WHERE rowid = new.rowid;
END;

ALTER TABLE stock_movement ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER stock_movement_site_origin AFTER UPDATE ON stock_movement
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE stock_movement SET origin_desk = NULL WHERE rowid = new.rowid;
END;

ALTER TABLE temperature_reading ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER temperature_reading_site_origin AFTER UPDATE ON temperature_reading
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE temperature_reading SET origin_desk = NULL WHERE rowid = new.rowid;
END;

ALTER TABLE excursion ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER excursion_site_origin AFTER UPDATE ON excursion
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE excursion SET origin_desk = NULL WHERE rowid = new.rowid;
END;

-- A lifted contraindication refuses every change but its renumbering (schema 13, 15). Lifting, at
-- this desk, a contraindication pulled from another desk also clears its origin (the trigger
-- above, after the lift): that change alone is let through, so a doctor can lift at any desk.
DROP TRIGGER contraindication_lift_only;
CREATE TRIGGER contraindication_lift_only BEFORE UPDATE ON contraindication
WHEN (old.lifted_at IS NOT NULL AND (new.change_seq = old.change_seq
                                     OR new.lifted_at IS NOT old.lifted_at
                                     OR new.lifted_by IS NOT old.lifted_by
                                     OR new.lift_reason IS NOT old.lift_reason)
      AND NOT (new.origin_desk IS NULL AND old.origin_desk IS NOT NULL
               AND new.change_seq = old.change_seq
               AND new.lifted_at IS old.lifted_at AND new.lifted_by IS old.lifted_by
               AND new.lift_reason IS old.lift_reason AND new.allergy IS old.allergy
               AND new.reason_code IS old.reason_code AND new.reason IS old.reason
               AND new.origin IS old.origin AND new.origin_id IS old.origin_id
               AND new.origin_detail IS old.origin_detail AND new.until_date IS old.until_date
               AND new.recorded_by IS old.recorded_by))
     OR new.id <> old.id OR new.person_id <> old.person_id
     OR new.kind <> old.kind OR new.scope <> old.scope OR new.scope_code <> old.scope_code
     OR new.recorded_at <> old.recorded_at
BEGIN SELECT RAISE(ABORT, 'a contraindication is only ever lifted'); END;
