-- Schema 5: the injection desk — which desk called a visit, the doses given (with the checklist
-- as it was recorded) and the observation that follows each dose.

ALTER TABLE visit ADD COLUMN desk TEXT NOT NULL DEFAULT '';
ALTER TABLE visit ADD COLUMN called_at TEXT;
-- The next change sequence number of a visit is MAX(change_seq) + 1: keep that a lookup.
CREATE INDEX visit_change_seq ON visit(change_seq);

-- A dose given. Never deleted: a correction marks it entered-in-error with who, when and why.
CREATE TABLE dose (
    id              TEXT PRIMARY KEY,
    visit_id        TEXT NOT NULL REFERENCES visit(id),
    person_id       TEXT NOT NULL REFERENCES person(id),
    product_code    TEXT NOT NULL,
    lot_id          TEXT NOT NULL REFERENCES lot(id),
    vial_id         TEXT REFERENCES vial(id),
    trace_code      TEXT REFERENCES trace_code(code),
    dose_number     INTEGER NOT NULL CHECK (dose_number > 0),
    site            TEXT NOT NULL,            -- HL7 0163, e.g. LD
    route           TEXT NOT NULL,            -- IM, SC, ID, PO, IN
    amount_ml       REAL NOT NULL CHECK (amount_ml > 0),
    administered_at TEXT NOT NULL,
    desk            TEXT NOT NULL DEFAULT '',
    staff_id        TEXT NOT NULL,            -- the vaccinator
    checklist       TEXT NOT NULL,            -- JSON: the checklist outcome as evaluated
    override_reason TEXT,
    override_by     TEXT,                     -- the doctor who overrode, with the reason
    movement_id     TEXT REFERENCES stock_movement(id),
    status          TEXT NOT NULL DEFAULT 'completed'
                    CHECK (status IN ('completed', 'entered-in-error')),
    error_reason    TEXT,
    corrected_by    TEXT,
    corrected_at    TEXT,
    change_seq      INTEGER NOT NULL DEFAULT 0,
    CHECK ((override_reason IS NULL) = (override_by IS NULL)),
    CHECK (status = 'completed' OR (length(error_reason) > 0 AND corrected_by IS NOT NULL AND
                                    corrected_at IS NOT NULL))
);
-- A person's dose history, newest last.
CREATE INDEX dose_person ON dose(person_id, administered_at);
CREATE INDEX dose_administered_at ON dose(administered_at);
CREATE INDEX dose_change_seq ON dose(change_seq);
-- A box trace code serves one dose; a visit gets one dose. A correction frees both.
CREATE UNIQUE INDEX dose_trace_code ON dose(trace_code)
    WHERE trace_code IS NOT NULL AND status = 'completed';
CREATE UNIQUE INDEX dose_visit_completed ON dose(visit_id) WHERE status = 'completed';

-- The wait after a dose (or any other reason to watch a person). ends_at is stored, never a
-- counter: a board computes ends_at - now, so restarts and clock jumps lose nothing.
CREATE TABLE observation (
    id          TEXT PRIMARY KEY,
    dose_id     TEXT REFERENCES dose(id),
    visit_id    TEXT NOT NULL REFERENCES visit(id),
    person_id   TEXT NOT NULL REFERENCES person(id),
    desk        TEXT NOT NULL DEFAULT '',
    started_at  TEXT NOT NULL,
    ends_at     TEXT NOT NULL,
    minutes     INTEGER NOT NULL CHECK (minutes >= 0),
    reason      TEXT NOT NULL DEFAULT '',     -- why this long, e.g. "allergy_history"
    state       TEXT NOT NULL DEFAULT 'observing'
                CHECK (state IN ('observing', 'departed', 'left_early', 'adverse_event',
                                 'referred', 'cancelled')),
    departed_at TEXT,
    note        TEXT NOT NULL DEFAULT '',
    updated_by  TEXT,
    change_seq  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX observation_state ON observation(state, ends_at);
CREATE INDEX observation_dose ON observation(dose_id);
CREATE INDEX observation_visit ON observation(visit_id);
CREATE INDEX observation_change_seq ON observation(change_seq);

-- Stock on hand per lot and fridge, kept by triggers from the movements (the ledger stays the
-- truth): every dose reads a balance, and a sum over all movements of a lot grows with the
-- campaign. '' stands for a movement without a fridge.
CREATE TABLE stock_balance (
    lot_id    TEXT NOT NULL REFERENCES lot(id),
    fridge_id TEXT NOT NULL,
    doses     INTEGER NOT NULL,
    PRIMARY KEY (lot_id, fridge_id)
) WITHOUT ROWID;
INSERT INTO stock_balance(lot_id, fridge_id, doses)
    SELECT lot_id, COALESCE(fridge_id, ''), SUM(doses) FROM stock_movement
    GROUP BY lot_id, COALESCE(fridge_id, '');
CREATE TRIGGER stock_balance_insert AFTER INSERT ON stock_movement BEGIN
    INSERT INTO stock_balance(lot_id, fridge_id, doses)
        VALUES (new.lot_id, COALESCE(new.fridge_id, ''), new.doses)
        ON CONFLICT(lot_id, fridge_id) DO UPDATE SET doses = doses + excluded.doses;
END;
CREATE TRIGGER stock_balance_delete AFTER DELETE ON stock_movement BEGIN
    UPDATE stock_balance SET doses = doses - old.doses
        WHERE lot_id = old.lot_id AND fridge_id = COALESCE(old.fridge_id, '');
END;
CREATE TRIGGER stock_balance_update AFTER UPDATE OF lot_id, fridge_id, doses ON stock_movement
BEGIN
    UPDATE stock_balance SET doses = doses - old.doses
        WHERE lot_id = old.lot_id AND fridge_id = COALESCE(old.fridge_id, '');
    INSERT INTO stock_balance(lot_id, fridge_id, doses)
        VALUES (new.lot_id, COALESCE(new.fridge_id, ''), new.doses)
        ON CONFLICT(lot_id, fridge_id) DO UPDATE SET doses = doses + excluded.doses;
END;
