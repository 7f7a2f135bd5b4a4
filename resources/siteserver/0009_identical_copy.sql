-- Site server schema 9: an append-only row another desk sends unchanged is no conflict.
--
-- Schema 7 raised a foreign_owner conflict for every version of an append-only row (dose, stock
-- movement, reading, AEFI) pushed by a desk other than its owner, the first desk that pushed it.
-- A desk set up from a copy of another desk's database (docs/site.md 2: the second PC made from
-- the first, with the same fridge, lots and their receipts) pushes the owner's rows exactly as
-- the owner did: nothing differs, nothing is for the site admin to review, and each such row was
-- one more open conflict on every desk. Now a version equal to the recorded one is dropped
-- silently; a different one is still refused and raised, as before.
CREATE OR REPLACE FUNCTION vaxsite.record_row(p_desk integer, p_seq bigint, r jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = vaxsite, pg_temp AS $$
DECLARE
    t text := r->>'table';
    v_id text := r->>'id';
    img jsonb := r->'row';
    cur vaxsite.record;
    owner integer;
BEGIN
    SELECT * INTO cur FROM vaxsite.record WHERE tbl = t AND row_id = v_id;
    IF vaxsite.append_only(t) THEN
        SELECT desk_no INTO owner FROM vaxsite.row_owner WHERE tbl = t AND row_id = v_id;
        IF NOT FOUND THEN
            INSERT INTO vaxsite.row_owner(tbl, row_id, desk_no) VALUES (t, v_id, p_desk);
        ELSIF owner <> p_desk THEN
            IF cur.payload IS NOT DISTINCT FROM img THEN
                RETURN;  -- the owner's version itself, from a copy of its database
            END IF;
            INSERT INTO vaxsite.conflict(kind, tbl, row_id, desk_no, detail)
            VALUES ('foreign_owner', t, v_id, p_desk,
                    jsonb_build_object('owner', owner, 'seq', p_seq, 'desk', p_desk,
                                       'status', img->>'status'));
            IF cur.payload IS NOT NULL AND cur.payload IS DISTINCT FROM img THEN
                PERFORM vaxsite.server_change(t, v_id, cur.payload);
            END IF;
            RETURN;
        END IF;
    END IF;
    IF cur.payload IS NOT NULL AND cur.desk_no <> p_desk
       AND vaxsite.state_rank(t, img) < vaxsite.state_rank(t, cur.payload) THEN
        -- behind another desk's recorded state: that version again, for the desk that sent this
        PERFORM vaxsite.server_change(t, v_id, cur.payload);
        RETURN;
    END IF;
    PERFORM vaxsite.record_row_last_writer(p_desk, p_seq, r);
    IF t = 'lot' THEN
        PERFORM vaxsite.enforce_lot_status(v_id);
    ELSIF t = 'lot_quarantine' THEN
        PERFORM vaxsite.enforce_lot_status(img->>'lot_id');
    END IF;
END $$;
