-- Site server schema 10 (docs/site.md 4, "A site administrator resolves a conflict"): a site
-- administrator's review closes a conflict, once, on the server, so that every desk agrees.
--
-- * vaxsite.resolve_conflict(desk, id, staff, staff name, note) sets resolved_at, resolved_by
--   (the staff id; staff replicate, so every desk can name them), the desk it was done at and
--   the note, exactly once: `UPDATE … WHERE resolved_at IS NULL` in one statement, so two
--   administrators resolving at once cannot both win. Resolving a conflict already resolved
--   changes nothing and says so (outcome 'already', with who resolved it, when and why): the
--   desk turns it into a clear error, so a second administrator's note is never lost silently.
--   An unknown id is outcome 'unknown'. Every resolution is also kept in
--   vaxsite.conflict_resolution (append-only), so a conflict re-opened later keeps its history.
-- * Desks read every conflict at every sync (vaxsite.conflicts, now with the resolution), so the
--   resolution reaches each desk's copy at its next round; resolve_conflict also notifies
--   vaxsite_change, which wakes the desks and boards that listen.
-- * A double dose the server raises again: schema 4 re-opens a resolved double dose whenever it
--   finds its doses again (check_double_doses). A conflict a person resolved stays resolved while
--   its detail is the same incident; a new dose joining it (the detail changes) opens it again
--   and clears the resolution (kept in conflict_resolution). A conflict the server resolved
--   itself (a correction left one dose; resolved_by NULL) re-opens as before.
ALTER TABLE vaxsite.conflict ADD COLUMN resolved_by text;
ALTER TABLE vaxsite.conflict ADD COLUMN resolved_by_name text;
ALTER TABLE vaxsite.conflict ADD COLUMN resolved_desk integer;
ALTER TABLE vaxsite.conflict ADD COLUMN resolution_note text;
ALTER TABLE vaxsite.conflict ADD CONSTRAINT conflict_resolution_whole CHECK (
    (resolved_by IS NULL) = (resolution_note IS NULL)
    AND (resolved_by IS NULL) = (resolved_desk IS NULL)
    AND (resolved_by IS NULL OR resolved_at IS NOT NULL));

CREATE TABLE vaxsite.conflict_resolution (
    conflict_id      bigint NOT NULL REFERENCES vaxsite.conflict(id),
    resolved_at      timestamptz NOT NULL,
    resolved_by      text NOT NULL,
    resolved_by_name text,
    resolved_desk    integer NOT NULL,
    note             text NOT NULL CHECK (length(btrim(note)) > 0),
    PRIMARY KEY (conflict_id, resolved_at)
);

-- A person's resolution survives the server finding the same incident again (see the header).
CREATE FUNCTION vaxsite.keep_resolution() RETURNS trigger
LANGUAGE plpgsql SET search_path = vaxsite, pg_temp AS $$
BEGIN
    IF new.detail IS NOT DISTINCT FROM old.detail THEN
        new.resolved_at := old.resolved_at;
    ELSE
        new.resolved_by := NULL;
        new.resolved_by_name := NULL;
        new.resolved_desk := NULL;
        new.resolution_note := NULL;
    END IF;
    RETURN new;
END $$;
CREATE TRIGGER conflict_keep_resolution BEFORE UPDATE ON vaxsite.conflict
FOR EACH ROW WHEN (old.resolved_by IS NOT NULL AND new.resolved_at IS NULL)
EXECUTE FUNCTION vaxsite.keep_resolution();

-- Resolves conflict p_id for the caller's desk (see the header). outcome: 'resolved' (by this
-- call), 'already' (resolved before: by whom, when, why) or 'unknown' (no such conflict).
CREATE FUNCTION vaxsite.resolve_conflict(p_desk integer, p_id bigint, p_staff text,
                                         p_staff_name text, p_note text)
RETURNS TABLE (outcome text, resolved_at timestamptz, resolved_by text, resolved_by_name text,
               resolved_desk integer, resolution_note text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
DECLARE c vaxsite.conflict;
BEGIN
    PERFORM vaxsite.check_desk(p_desk);
    IF length(btrim(coalesce(p_note, ''))) = 0 OR length(btrim(coalesce(p_staff, ''))) = 0 THEN
        RAISE EXCEPTION 'a resolution needs its staff member and a note'
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE vaxsite.conflict k
       SET resolved_at = now(), resolved_by = p_staff, resolved_by_name = p_staff_name,
           resolved_desk = p_desk, resolution_note = btrim(p_note)
     WHERE k.id = p_id AND k.resolved_at IS NULL
    RETURNING * INTO c;
    IF FOUND THEN
        INSERT INTO vaxsite.conflict_resolution(conflict_id, resolved_at, resolved_by,
                                                resolved_by_name, resolved_desk, note)
        VALUES (c.id, c.resolved_at, c.resolved_by, c.resolved_by_name, c.resolved_desk,
                c.resolution_note);
        PERFORM pg_notify('vaxsite_change', p_desk::text);
        outcome := 'resolved';
    ELSE
        SELECT * INTO c FROM vaxsite.conflict k WHERE k.id = p_id;
        outcome := CASE WHEN FOUND THEN 'already' ELSE 'unknown' END;
    END IF;
    resolved_at := c.resolved_at;
    resolved_by := c.resolved_by;
    resolved_by_name := c.resolved_by_name;
    resolved_desk := c.resolved_desk;
    resolution_note := c.resolution_note;
    RETURN NEXT;
END $$;

-- Every conflict, open and resolved, with its resolution, for the desk's own copy.
DROP FUNCTION vaxsite.conflicts(integer);
CREATE FUNCTION vaxsite.conflicts(p_desk integer)
RETURNS TABLE (id bigint, kind text, tbl text, row_id text, desk_no integer, detail jsonb,
               raised_at timestamptz, resolved_at timestamptz, resolved_by text,
               resolved_by_name text, resolved_desk integer, resolution_note text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
BEGIN
    PERFORM vaxsite.check_desk(p_desk);
    RETURN QUERY SELECT c.id, c.kind, c.tbl, c.row_id, c.desk_no, c.detail, c.raised_at,
                        c.resolved_at, c.resolved_by, c.resolved_by_name, c.resolved_desk,
                        c.resolution_note
                   FROM vaxsite.conflict c ORDER BY c.id;
END $$;

REVOKE ALL ON FUNCTION vaxsite.keep_resolution() FROM PUBLIC;
REVOKE ALL ON FUNCTION vaxsite.resolve_conflict(integer, bigint, text, text, text),
    vaxsite.conflicts(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vaxsite.resolve_conflict(integer, bigint, text, text, text),
    vaxsite.conflicts(integer) TO {{desks}};
