-- Schema 4: box trace codes, open vials, daily counts, fridge alarm thresholds, temperature
-- readings, excursions and lot quarantine.

ALTER TABLE fridge ADD COLUMN heat_alarm_minutes INTEGER NOT NULL DEFAULT 600;
ALTER TABLE fridge ADD COLUMN freeze_c REAL NOT NULL DEFAULT -0.5;
ALTER TABLE fridge ADD COLUMN freeze_alarm_minutes INTEGER NOT NULL DEFAULT 60;

-- Chinese drug trace codes (20 digits) of the boxes received with a lot.
CREATE TABLE trace_code (
    code        TEXT PRIMARY KEY CHECK (length(code) = 20),
    lot_id      TEXT NOT NULL REFERENCES lot(id),
    received_at TEXT NOT NULL,
    used_at     TEXT                          -- set when a dose used the box's code
);
CREATE INDEX trace_code_lot ON trace_code(lot_id);

-- One opened multi-dose vial.
CREATE TABLE vial (
    id           TEXT PRIMARY KEY,
    lot_id       TEXT NOT NULL REFERENCES lot(id),
    fridge_id    TEXT NOT NULL REFERENCES fridge(id),
    opened_at    TEXT NOT NULL,
    discard_at   TEXT NOT NULL,
    doses        INTEGER NOT NULL CHECK (doses > 0),
    doses_drawn  INTEGER NOT NULL DEFAULT 0 CHECK (doses_drawn >= 0 AND doses_drawn <= doses),
    opened_by    TEXT NOT NULL,
    closed_at    TEXT,
    close_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX vial_open ON vial(closed_at, lot_id);

-- A daily physical count of a lot in a fridge and its reconciliation with the ledger.
CREATE TABLE stock_count (
    id           TEXT PRIMARY KEY,
    lot_id       TEXT NOT NULL REFERENCES lot(id),
    fridge_id    TEXT NOT NULL REFERENCES fridge(id),
    day          TEXT NOT NULL,
    opening      INTEGER NOT NULL,
    received     INTEGER NOT NULL,
    administered INTEGER NOT NULL,
    wasted       INTEGER NOT NULL,
    expected     INTEGER NOT NULL,
    counted      INTEGER NOT NULL CHECK (counted >= 0),
    discrepancy  INTEGER NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    movement_id  TEXT REFERENCES stock_movement(id),
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL
);

CREATE TABLE temperature_reading (
    id        TEXT PRIMARY KEY,
    fridge_id TEXT NOT NULL REFERENCES fridge(id),
    at        TEXT NOT NULL,
    celsius   REAL NOT NULL,
    source    TEXT NOT NULL CHECK (source IN ('manual', 'logger')),
    session   TEXT NOT NULL DEFAULT '' CHECK (session IN ('', 'am', 'pm')),
    import_id TEXT,
    actor     TEXT NOT NULL,
    UNIQUE (fridge_id, at, source)
);

CREATE TABLE excursion (
    id          TEXT PRIMARY KEY,
    fridge_id   TEXT NOT NULL REFERENCES fridge(id),
    kind        TEXT NOT NULL CHECK (kind IN ('out_of_range', 'heat', 'freeze')),
    start_at    TEXT NOT NULL,
    end_at      TEXT NOT NULL,
    minutes     INTEGER NOT NULL,
    extreme_c   REAL NOT NULL,
    detected_at TEXT NOT NULL,
    actor       TEXT NOT NULL,
    change_seq  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (fridge_id, kind, start_at)
);

-- A lot held back by an excursion until a supervisor decides.
CREATE TABLE lot_quarantine (
    id           TEXT PRIMARY KEY,
    lot_id       TEXT NOT NULL REFERENCES lot(id),
    excursion_id TEXT NOT NULL REFERENCES excursion(id),
    status       TEXT NOT NULL DEFAULT 'quarantined'
                 CHECK (status IN ('quarantined', 'released', 'discarded')),
    decided_by   TEXT,
    decided_at   TEXT,
    reason       TEXT NOT NULL DEFAULT '',
    change_seq   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (lot_id, excursion_id)
);
