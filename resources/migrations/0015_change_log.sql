-- Schema 15: one change log for the whole desk (docs/storage.md "The change log").
--
-- Every table whose rows are exported to the district or will be replicated between the desks
-- of a site carries change_seq. Until schema 14 each table counted on its own (MAX + 1, some in
-- C++, some in triggers); from here on one counter numbers every insert and every update of
-- every such row, in the same transaction as the row, and only these triggers write it:
--   * change_counter holds the last number given (one row, id 1);
--   * AFTER INSERT and AFTER UPDATE triggers stamp the row with the next number (counter + 1);
--   * a BEFORE UPDATE OF change_seq trigger lets change_seq take no other value and moves the
--     counter to it, so no number is given twice, whoever writes it.
-- Numbers are unique across the tables and rise with every committed change (writers are
-- serialised by BEGIN IMMEDIATE; a rolled-back transaction takes its numbers back with it).
-- Per-table cursors (the export's) keep working: each table's numbers still only rise.
--
-- Debian's SQLite is built with SQLITE_DEFAULT_RECURSIVE_TRIGGERS: a trigger's own UPDATE fires
-- the table's triggers again. The update trigger stops there because it only fires while
-- change_seq is unchanged, and its own UPDATE changes it (to a number above every other).

CREATE TABLE change_counter (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL CHECK (value >= 0)
);
-- Seeded above every number given so far, so numbers keep rising across the migration.
INSERT INTO change_counter(id, value) SELECT 1, max(
    (SELECT COALESCE(MAX(change_seq), 0) FROM person),
    (SELECT COALESCE(MAX(change_seq), 0) FROM identity_document),
    (SELECT COALESCE(MAX(change_seq), 0) FROM visit),
    (SELECT COALESCE(MAX(change_seq), 0) FROM deferral),
    (SELECT COALESCE(MAX(change_seq), 0) FROM dose),
    (SELECT COALESCE(MAX(change_seq), 0) FROM observation),
    (SELECT COALESCE(MAX(change_seq), 0) FROM adverse_event),
    (SELECT COALESCE(MAX(change_seq), 0) FROM contraindication),
    (SELECT COALESCE(MAX(change_seq), 0) FROM lot),
    (SELECT COALESCE(MAX(change_seq), 0) FROM lot_quarantine),
    (SELECT COALESCE(MAX(change_seq), 0) FROM stock_movement),
    (SELECT COALESCE(MAX(change_seq), 0) FROM temperature_reading),
    (SELECT COALESCE(MAX(change_seq), 0) FROM excursion));
CREATE TRIGGER change_counter_rises BEFORE UPDATE ON change_counter
WHEN new.value <= old.value OR new.id <> old.id
BEGIN SELECT RAISE(ABORT, 'the change counter only rises'); END;
CREATE TRIGGER change_counter_no_delete BEFORE DELETE ON change_counter
BEGIN SELECT RAISE(ABORT, 'the change counter is never deleted'); END;

-- The per-table numbering of schemas 9 and 13 gives way to the counter.
DROP TRIGGER temperature_reading_seq;
DROP TRIGGER stock_movement_seq;
DROP TRIGGER excursion_seq;
DROP TRIGGER adverse_event_seq;
DROP TRIGGER adverse_event_seq_update;
DROP TRIGGER contraindication_seq;
DROP TRIGGER contraindication_seq_update;

-- The three triggers of one table T:
--   T_change_insert  AFTER INSERT: a row arrives unnumbered (change_seq 0; anything else is
--                    refused) and is stamped with the next number;
--   T_change_update  AFTER UPDATE while change_seq is unchanged, i.e. any change a writer makes:
--                    the row is stamped with the next number;
--   T_change_take    BEFORE UPDATE OF change_seq: the only value change_seq may take is the next
--                    number (the counter + 1), and the counter moves to it. Whoever writes
--                    change_seq (the stamps above; C++ cannot know the next number and has no
--                    reason to try) takes a number nobody has, so numbers stay unique and rising.
-- "WHERE id = 1" keeps each counter read and write a rowid lookup.

CREATE TRIGGER person_change_insert AFTER INSERT ON person BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE person SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER person_change_update AFTER UPDATE ON person
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE person SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER person_change_take BEFORE UPDATE OF change_seq ON person
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;

CREATE TRIGGER identity_document_change_insert AFTER INSERT ON identity_document BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE identity_document SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER identity_document_change_update AFTER UPDATE ON identity_document
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE identity_document SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER identity_document_change_take BEFORE UPDATE OF change_seq ON identity_document
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;

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

CREATE TRIGGER deferral_change_insert AFTER INSERT ON deferral BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE deferral SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER deferral_change_update AFTER UPDATE ON deferral
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE deferral SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER deferral_change_take BEFORE UPDATE OF change_seq ON deferral
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;

CREATE TRIGGER dose_change_insert AFTER INSERT ON dose BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE dose SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER dose_change_update AFTER UPDATE ON dose
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE dose SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER dose_change_take BEFORE UPDATE OF change_seq ON dose
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;

CREATE TRIGGER observation_change_insert AFTER INSERT ON observation BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE observation SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER observation_change_update AFTER UPDATE ON observation
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE observation SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER observation_change_take BEFORE UPDATE OF change_seq ON observation
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;

CREATE TRIGGER adverse_event_change_insert AFTER INSERT ON adverse_event BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE adverse_event SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER adverse_event_change_update AFTER UPDATE ON adverse_event
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE adverse_event SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER adverse_event_change_take BEFORE UPDATE OF change_seq ON adverse_event
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;

-- contraindication_lift_only (schema 13) still refuses any change of a lifted row but its
-- renumbering, which is now this stamp.
CREATE TRIGGER contraindication_change_insert AFTER INSERT ON contraindication BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE contraindication SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER contraindication_change_update AFTER UPDATE ON contraindication
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE contraindication SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER contraindication_change_take BEFORE UPDATE OF change_seq ON contraindication
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;

CREATE TRIGGER lot_change_insert AFTER INSERT ON lot BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE lot SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER lot_change_update AFTER UPDATE ON lot
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE lot SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER lot_change_take BEFORE UPDATE OF change_seq ON lot
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;

-- An undecided quarantine is numbered too; the export sends decided ones only, and the
-- decision (an update) numbers the row again.
CREATE TRIGGER lot_quarantine_change_insert AFTER INSERT ON lot_quarantine BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE lot_quarantine SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER lot_quarantine_change_update AFTER UPDATE ON lot_quarantine
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE lot_quarantine SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER lot_quarantine_change_take BEFORE UPDATE OF change_seq ON lot_quarantine
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;

CREATE TRIGGER stock_movement_change_insert AFTER INSERT ON stock_movement BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE stock_movement SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER stock_movement_change_update AFTER UPDATE ON stock_movement
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE stock_movement SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER stock_movement_change_take BEFORE UPDATE OF change_seq ON stock_movement
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;

CREATE TRIGGER temperature_reading_change_insert AFTER INSERT ON temperature_reading BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE temperature_reading SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER temperature_reading_change_update AFTER UPDATE ON temperature_reading
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE temperature_reading SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER temperature_reading_change_take BEFORE UPDATE OF change_seq ON temperature_reading
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;

CREATE TRIGGER excursion_change_insert AFTER INSERT ON excursion BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE excursion SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER excursion_change_update AFTER UPDATE ON excursion
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE excursion SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER excursion_change_take BEFORE UPDATE OF change_seq ON excursion
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;

-- Rows never numbered (lots; undecided quarantines) get their number now, in rowid order, by
-- their update trigger. Every other table's writers always numbered their rows; the statements
-- change nothing but fire the trigger for a row still at 0. (Contraindications were numbered by
-- their insert trigger since schema 13, and a lifted one refuses any other update.)
UPDATE person SET phone = phone WHERE change_seq = 0;
UPDATE identity_document SET country = country WHERE change_seq = 0;
UPDATE visit SET state = state WHERE change_seq = 0;
UPDATE deferral SET outcome = outcome WHERE change_seq = 0;
UPDATE dose SET status = status WHERE change_seq = 0;
UPDATE observation SET state = state WHERE change_seq = 0;
UPDATE adverse_event SET status = status WHERE change_seq = 0;
UPDATE lot SET status = status WHERE change_seq = 0;
UPDATE lot_quarantine SET status = status WHERE change_seq = 0;
UPDATE stock_movement SET reason = reason WHERE change_seq = 0;
UPDATE temperature_reading SET actor = actor WHERE change_seq = 0;
UPDATE excursion SET actor = actor WHERE change_seq = 0;

-- Readers (the export, site mode's outbox) ask for rows after a number: indexed everywhere.
CREATE INDEX deferral_change_seq ON deferral(change_seq);
CREATE INDEX lot_change_seq ON lot(change_seq);
CREATE INDEX lot_quarantine_change_seq ON lot_quarantine(change_seq);
