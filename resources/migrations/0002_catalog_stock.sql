-- Schema 2: the catalog in use, fridges, lots and the stock ledger.

CREATE TABLE catalog (
    id        INTEGER PRIMARY KEY,
    version   TEXT NOT NULL,
    sha256    TEXT NOT NULL UNIQUE,
    json      TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);

CREATE TABLE fridge (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    min_c      REAL NOT NULL DEFAULT 2.0,
    max_c      REAL NOT NULL DEFAULT 8.0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    CHECK (min_c < max_c)
);

CREATE TABLE lot (
    id             TEXT PRIMARY KEY,
    product_code   TEXT NOT NULL,
    lot_number     TEXT NOT NULL,
    expiry         TEXT NOT NULL,             -- usable through this date
    manufacturer   TEXT NOT NULL,
    gtin           TEXT,
    doses_per_vial INTEGER NOT NULL CHECK (doses_per_vial > 0),
    fridge_id      TEXT REFERENCES fridge(id),
    status         TEXT NOT NULL DEFAULT 'available'
                   CHECK (status IN ('available', 'quarantined', 'recalled', 'discarded')),
    received_at    TEXT NOT NULL,
    received_by    TEXT NOT NULL,
    change_seq     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (product_code, lot_number)
);
CREATE INDEX lot_expiry ON lot(expiry);

-- Stock on hand of a lot in a fridge is always the sum of its movements.
CREATE TABLE stock_movement (
    id         TEXT PRIMARY KEY,
    lot_id     TEXT NOT NULL REFERENCES lot(id),
    fridge_id  TEXT REFERENCES fridge(id),
    kind       TEXT NOT NULL
               CHECK (kind IN ('receipt', 'administered', 'wasted', 'adjustment', 'transfer')),
    doses      INTEGER NOT NULL,              -- signed: + into stock, - out of stock
    reason     TEXT NOT NULL DEFAULT '',
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    change_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stock_movement_lot ON stock_movement(lot_id, fridge_id);
CREATE INDEX stock_movement_at ON stock_movement(at);
