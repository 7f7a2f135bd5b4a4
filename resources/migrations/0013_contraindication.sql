-- Schema 13: contraindications and precautions a person carries from one visit to the next
-- (DOMAIN.md §4). A "yes" that contraindicates at screening, a serious allergic AEFI after a
-- dose, or a doctor's entry creates one; it blocks (contraindication) or needs a doctor's
-- decision (precaution) at every later visit whatever that day's answers are, until a doctor
-- lifts it. Rows are never deleted: lifting records who, when and why.
CREATE TABLE contraindication (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,           -- UUID, never changes
    person_id     TEXT NOT NULL REFERENCES person(id),
    kind          TEXT NOT NULL CHECK (kind IN ('contraindication', 'precaution')),
    -- What it applies to: every vaccine, one product (code), one interchange group, or every
    -- product holding a component.
    scope         TEXT NOT NULL CHECK (scope IN ('all', 'product', 'group', 'component')),
    scope_code    TEXT NOT NULL DEFAULT '' CHECK ((scope = 'all') = (scope_code = '')),
    allergy       INTEGER NOT NULL DEFAULT 0 CHECK (allergy IN (0, 1)),
    -- Why: a screening question id, AEFI symptom codes (';'), or 'doctor'; and free text.
    reason_code   TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT '',
    -- Where it came from: the deferral (the visit of that day) and its question, the adverse
    -- event, or a doctor's entry.
    origin        TEXT NOT NULL CHECK (origin IN ('screening', 'aefi', 'doctor')),
    origin_id     TEXT NOT NULL DEFAULT '',
    origin_detail TEXT NOT NULL DEFAULT '',
    until_date    TEXT,                            -- last day it applies (site calendar); NULL: permanent
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL,
    lifted_at     TEXT,
    lifted_by     TEXT,
    lift_reason   TEXT,
    change_seq    INTEGER NOT NULL DEFAULT 0,
    CHECK ((lifted_at IS NULL) = (lifted_by IS NULL) AND (lifted_at IS NULL) = (lift_reason IS NULL))
);
CREATE INDEX contraindication_person ON contraindication(person_id);
CREATE INDEX contraindication_change_seq ON contraindication(change_seq);

-- Exported like adverse events: numbered by triggers, renumbered when changed (lifted).
CREATE TRIGGER contraindication_seq AFTER INSERT ON contraindication
WHEN new.change_seq = 0 BEGIN
    UPDATE contraindication SET change_seq =
        (SELECT MAX(change_seq) + 1 FROM contraindication) WHERE rowid = new.rowid;
END;
CREATE TRIGGER contraindication_seq_update AFTER UPDATE ON contraindication
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE contraindication SET change_seq =
        (SELECT MAX(change_seq) + 1 FROM contraindication) WHERE rowid = new.rowid;
END;
CREATE TRIGGER contraindication_no_delete BEFORE DELETE ON contraindication
BEGIN SELECT RAISE(ABORT, 'contraindications are never deleted; lift them'); END;
-- A lifted one stays lifted (only its change_seq may be renumbered); only the lift changes a row.
CREATE TRIGGER contraindication_lift_only BEFORE UPDATE ON contraindication
WHEN (old.lifted_at IS NOT NULL AND (new.change_seq = old.change_seq
                                     OR new.lifted_at IS NOT old.lifted_at
                                     OR new.lifted_by IS NOT old.lifted_by
                                     OR new.lift_reason IS NOT old.lift_reason))
     OR new.id <> old.id OR new.person_id <> old.person_id
     OR new.kind <> old.kind OR new.scope <> old.scope OR new.scope_code <> old.scope_code
     OR new.recorded_at <> old.recorded_at
BEGIN SELECT RAISE(ABORT, 'a contraindication is only ever lifted'); END;
