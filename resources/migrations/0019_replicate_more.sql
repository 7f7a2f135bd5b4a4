-- Schema 19: site replication of the rows the replicated tables point at (docs/site.md 3.3, 4).
--
-- Until schema 18 a site's desks replicated people, visits, doses, lots and the cold chain's
-- readings, but not the fridges, opened vials, box trace codes, staff and consents those rows
-- name: every desk had to be set up with the same fridge and staff ids by hand. These five
-- tables now carry the change log (schema 15: change_seq, the three triggers of the same shape)
-- and the site origin (schema 16: origin_desk and T_site_origin), so they replicate like the
-- others. Ownership (docs/site.md 4): a fridge, a trace code and a consent are written by the
-- desk that made them, last writer by arrival otherwise; a vial belongs to the desk that opened
-- it (the vial service refuses to draw from or close another desk's vial).
--
-- staff replicates who a person is at the site, never how they log in: id, display_name, roles,
-- disabled, created_at, created_by. The login name, the password and PIN hashes, the failed
-- logins and the lock-out stay on the desk that set them (the row image leaves them out, the
-- apply path gives a pulled member a login no one can use). So staff's update and origin
-- triggers fire only when a replicated column changes: a login, a failed login or a new
-- password is no change to push and does not make a pulled member this desk's. A row still at
-- 0 (before this migration) is numbered by any update.
--
-- Existing rows are numbered here, in rowid order, so a joined desk pushes what it had; no
-- change_seq index is needed for fridge and staff (a handful of rows); vial, trace_code and
-- consent grow with the day and get partial indexes (WHERE change_seq > 0), as schema 18 does.

-- fridge
ALTER TABLE fridge ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE fridge ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER fridge_change_insert AFTER INSERT ON fridge BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE fridge SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER fridge_change_update AFTER UPDATE ON fridge
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE fridge SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER fridge_change_take BEFORE UPDATE OF change_seq ON fridge
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;
CREATE TRIGGER fridge_site_origin AFTER UPDATE ON fridge
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE fridge SET origin_desk = NULL WHERE rowid = new.rowid;
END;

-- vial
ALTER TABLE vial ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE vial ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER vial_change_insert AFTER INSERT ON vial BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE vial SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER vial_change_update AFTER UPDATE ON vial
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE vial SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER vial_change_take BEFORE UPDATE OF change_seq ON vial
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;
CREATE TRIGGER vial_site_origin AFTER UPDATE ON vial
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE vial SET origin_desk = NULL WHERE rowid = new.rowid;
END;

-- trace_code
ALTER TABLE trace_code ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE trace_code ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER trace_code_change_insert AFTER INSERT ON trace_code BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE trace_code SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER trace_code_change_update AFTER UPDATE ON trace_code
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE trace_code SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER trace_code_change_take BEFORE UPDATE OF change_seq ON trace_code
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;
CREATE TRIGGER trace_code_site_origin AFTER UPDATE ON trace_code
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE trace_code SET origin_desk = NULL WHERE rowid = new.rowid;
END;

-- staff
ALTER TABLE staff ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER staff_change_insert AFTER INSERT ON staff BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE staff SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER staff_change_update AFTER UPDATE ON staff
WHEN new.change_seq = old.change_seq
     AND (old.change_seq = 0 OR new.id IS NOT old.id OR new.display_name IS NOT old.display_name
          OR new.roles IS NOT old.roles OR new.disabled IS NOT old.disabled
          OR new.created_at IS NOT old.created_at OR new.created_by IS NOT old.created_by) BEGIN
    UPDATE staff SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER staff_change_take BEFORE UPDATE OF change_seq ON staff
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;
CREATE TRIGGER staff_site_origin AFTER UPDATE ON staff
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0
     AND (new.id IS NOT old.id OR new.display_name IS NOT old.display_name
          OR new.roles IS NOT old.roles OR new.disabled IS NOT old.disabled
          OR new.created_at IS NOT old.created_at OR new.created_by IS NOT old.created_by) BEGIN
    UPDATE staff SET origin_desk = NULL WHERE rowid = new.rowid;
END;

-- consent
ALTER TABLE consent ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE consent ADD COLUMN origin_desk INTEGER;
CREATE TRIGGER consent_change_insert AFTER INSERT ON consent BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq <> 0;
    UPDATE consent SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER consent_change_update AFTER UPDATE ON consent
WHEN new.change_seq = old.change_seq BEGIN
    UPDATE consent SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)
        WHERE rowid = new.rowid;
END;
CREATE TRIGGER consent_change_take BEFORE UPDATE OF change_seq ON consent
WHEN new.change_seq IS NOT old.change_seq BEGIN
    SELECT RAISE(ABORT, 'change_seq is set by the change log triggers only')
        WHERE new.change_seq IS NOT (SELECT value + 1 FROM change_counter WHERE id = 1);
    UPDATE change_counter SET value = new.change_seq WHERE id = 1;
END;
CREATE TRIGGER consent_site_origin AFTER UPDATE ON consent
WHEN new.origin_desk IS NOT NULL AND (SELECT active FROM site_apply WHERE id = 1) = 0 BEGIN
    UPDATE consent SET origin_desk = NULL WHERE rowid = new.rowid;
END;

-- The rows already here take their numbers (each statement changes nothing but fires the update
-- trigger of a row still at 0).
UPDATE fridge SET name = name WHERE change_seq = 0;
UPDATE vial SET doses_drawn = doses_drawn WHERE change_seq = 0;
UPDATE trace_code SET lot_id = lot_id WHERE change_seq = 0;
UPDATE staff SET roles = roles WHERE change_seq = 0;
UPDATE consent SET signer = signer WHERE change_seq = 0;

CREATE INDEX fridge_change_seq ON fridge(change_seq) WHERE change_seq > 0;
CREATE INDEX vial_change_seq ON vial(change_seq) WHERE change_seq > 0;
CREATE INDEX trace_code_change_seq ON trace_code(change_seq) WHERE change_seq > 0;
CREATE INDEX staff_change_seq ON staff(change_seq) WHERE change_seq > 0;
CREATE INDEX consent_change_seq ON consent(change_seq) WHERE change_seq > 0;
