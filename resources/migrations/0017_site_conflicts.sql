-- Schema 17: the site's conflicts as this desk last read them from the site server (docs/site.md
-- 4): person merges and double doses waiting for review, read at every sync, so `vaxctl site
-- conflicts` works offline. One row per server conflict (its id), replaced as a whole on every
-- read; `applied_at` says when this desk applied a person merge to its own rows (re-pointed the
-- merged person's rows, dropped the duplicate documents and the merged person), `apply_error`
-- why it could not yet (tried again at the next sync). When it was last read: meta
-- site.conflicts_read_at.
CREATE TABLE site_conflict (
    id          INTEGER PRIMARY KEY,      -- the server's vaxsite.conflict id
    kind        TEXT NOT NULL,            -- person_merge, double_dose, foreign_owner, …
    tbl         TEXT,
    row_id      TEXT,
    desk_no     INTEGER,
    detail      TEXT NOT NULL,            -- JSON, as the server recorded it
    raised_at   TEXT NOT NULL,
    resolved_at TEXT,
    applied_at  TEXT,
    apply_error TEXT
);
CREATE INDEX site_conflict_open ON site_conflict(kind) WHERE resolved_at IS NULL;

-- A merge re-points the merged person's contraindications to the kept person, lifted ones too.
-- That change alone is let through, and only on the apply path (site_apply raised): otherwise a
-- contraindication still changes only by being lifted (schema 13, 16).
DROP TRIGGER contraindication_lift_only;
CREATE TRIGGER contraindication_lift_only BEFORE UPDATE ON contraindication
WHEN ((old.lifted_at IS NOT NULL AND (new.change_seq = old.change_seq
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
      AND NOT ((SELECT active FROM site_apply WHERE id = 1) = 1
               AND new.person_id <> old.person_id
               AND new.lifted_at IS old.lifted_at AND new.lifted_by IS old.lifted_by
               AND new.lift_reason IS old.lift_reason))
     OR new.id <> old.id
     OR (new.person_id <> old.person_id AND (SELECT active FROM site_apply WHERE id = 1) = 0)
     OR new.kind <> old.kind OR new.scope <> old.scope OR new.scope_code <> old.scope_code
     OR new.recorded_at <> old.recorded_at
BEGIN SELECT RAISE(ABORT, 'a contraindication is only ever lifted'); END;
