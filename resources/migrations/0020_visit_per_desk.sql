-- Schema 20: one visit per person and day *at this desk*; other desks' visits of the same person
-- and day are applied beside it (docs/site.md 4, "Two visits of one person on one day").
--
-- Until schema 19 the table said UNIQUE (person_id, visit_date) and UNIQUE (visit_date,
-- queue_number) for every row, pulled ones too. A person checked in at two desks on one day
-- (known to both, or registered at both offline and merged by the server) then had a second
-- visit that no desk could apply: it waited in site_pending with the dose and observation that
-- name it, and the desks never held the same rows. The rules are this desk's: the desk that
-- checks in still refuses a second visit of the same person and day, and still never gives a
-- queue number twice, but a row pulled from another desk (origin_desk set by the apply path) is
-- stored as the server recorded it. The same check as before, written as a trigger over a plain
-- index, because a partial UNIQUE index on "origin_desk IS NULL" would also refuse this desk
-- taking over a pulled visit (calling or vaccinating it clears origin_desk, schema 16).
--
-- A table constraint cannot be dropped, so the table is rebuilt (https://sqlite.org/lang_altertable.html,
-- "Making Other Kinds Of Table Schema Changes"): the migration runner turns foreign keys off
-- around a migration and checks them before it commits. The copy keeps every column value, the
-- change_seq included (the new table has no trigger yet), so nothing is pushed or exported again.
CREATE TABLE visit_new (
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
    desk              TEXT NOT NULL DEFAULT '',
    called_at         TEXT,
    origin_desk       INTEGER                 -- NULL: this desk's version (schema 16)
);
INSERT INTO visit_new(id, person_id, visit_date, queue_number, lane, state, temperature_c,
                      screening_version, screening, screening_outcome, appointment_id,
                      checked_in_at, checked_in_by, change_seq, desk, called_at, origin_desk)
SELECT id, person_id, visit_date, queue_number, lane, state, temperature_c, screening_version,
       screening, screening_outcome, appointment_id, checked_in_at, checked_in_by, change_seq,
       desk, called_at, origin_desk
FROM visit;
DROP TABLE visit;
ALTER TABLE visit_new RENAME TO visit;

-- The two lookups the constraints' own indexes served: a person's visit of a day (check-in, the
-- queue, the merge) and a day's queue in number order (call next, the board).
CREATE INDEX visit_person_day ON visit(person_id, visit_date);
CREATE INDEX visit_day_queue ON visit(visit_date, queue_number);
CREATE INDEX visit_change_seq ON visit(change_seq) WHERE change_seq > 0;

-- This desk's own check-in: one visit per person and day, one queue number per day. A pulled row
-- (origin_desk set) is the server's record and is not checked here.
CREATE TRIGGER visit_one_per_person_day BEFORE INSERT ON visit
WHEN new.origin_desk IS NULL BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: visit.person_id, visit.visit_date')
        WHERE EXISTS (SELECT 1 FROM visit WHERE person_id = new.person_id
                      AND visit_date = new.visit_date AND origin_desk IS NULL);
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: visit.visit_date, visit.queue_number')
        WHERE EXISTS (SELECT 1 FROM visit WHERE visit_date = new.visit_date
                      AND queue_number = new.queue_number AND origin_desk IS NULL);
END;

-- The triggers of schemas 15 and 16, as they were (dropping the table dropped them).
CREATE TRIGGER visit_change_insert AFTER INSERT ON visit BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE visit SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER visit_change_update AFTER UPDATE ON visit
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE visit SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER visit_change_take BEFORE UPDATE OF change_seq ON visit
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;
CREATE TRIGGER visit_site_origin AFTER UPDATE ON visit
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE visit SET origin_desk = NULL WHERE rowid = new.rowid;
END;
