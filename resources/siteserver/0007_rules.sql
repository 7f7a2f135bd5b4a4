-- Site server schema 7 (docs/site.md 4): the rules that decide a row beyond "last writer by
-- arrival", so that both arrival orders of two desks' offline changes end the same.
--
-- * Forward-only states: a visit's state never moves back (waiting → called → cancelled /
--   deferred / vaccinated) and a lot quarantine's decision never moves back (quarantined →
--   released → discarded: an excursion's discard beats a release). A version with a state
--   behind the recorded one loses, whatever arrives first; of two ends, the stronger wins
--   (vaccinated, backed by a dose, over deferred over cancelled). Equal states: last writer by
--   arrival, as before. A desk may move its own recorded version back (a dose correction
--   reopens its visit: vaccinated → called): the rule weighs one desk's version against
--   another's. (A version the server re-pointed after a person merge is the server's: a
--   correction of its visit then keeps the later state; docs/site.md 11.)
-- * A quarantine beats a release: a lot is not 'available' on the server while a quarantine of
--   it is still undecided (one made after the release's base version, which the releasing desk
--   did not see), and is 'discarded' once a quarantine of it was discarded. Its record is
--   re-derived whenever a lot or a lot quarantine arrives.
-- * Append-only rows (doses, stock movements, readings, AEFI) belong to the first desk that
--   pushed them (row_owner). Another desk's version, e.g. a dose marked entered-in-error at
--   another desk than its own, is not recorded: the owner's version is kept and a
--   `foreign_owner` conflict is raised, as schema 2 and 4 did.
-- * The losing desk converges: the version that beat it is sent again as a change of the
--   server (desk 0, server_change), which every desk pulls and the loser applies over its own
--   (pushed, so no longer ahead of the server). Without it a desk that pulled the winner before
--   pushing its own version would keep its own for good.
-- The rules wrap schema 4's record_row (person merges, double doses, last writer), renamed
-- record_row_last_writer, instead of repeating it.

CREATE TABLE vaxsite.row_owner (
    tbl     text NOT NULL,
    row_id  text NOT NULL,
    desk_no integer NOT NULL CHECK (desk_no > 0),
    PRIMARY KEY (tbl, row_id)
);
-- The append-only rows pushed so far: the first desk to push each one.
INSERT INTO vaxsite.row_owner(tbl, row_id, desk_no)
SELECT DISTINCT ON (tbl, row_id) tbl, row_id, desk_no
  FROM vaxsite.change
 WHERE desk_no <> 0 AND vaxsite.append_only(tbl)
 ORDER BY tbl, row_id, txid, server_seq;

CREATE INDEX record_quarantine_lot ON vaxsite.record ((payload->>'lot_id'))
    WHERE tbl = 'lot_quarantine';

-- How far a row's state is along its forward-only path; NULL for a table without one.
CREATE FUNCTION vaxsite.state_rank(p_table text, p_row jsonb) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_table
        WHEN 'visit' THEN CASE p_row->>'state'
            WHEN 'waiting' THEN 0 WHEN 'called' THEN 1 WHEN 'cancelled' THEN 2
            WHEN 'deferred' THEN 3 WHEN 'vaccinated' THEN 4 END
        WHEN 'lot_quarantine' THEN CASE p_row->>'status'
            WHEN 'quarantined' THEN 0 WHEN 'released' THEN 1 WHEN 'discarded' THEN 2 END
    END
$$;

-- The status lot p_lot has on the server when a desk says p_status: a recall or a discard of
-- the lot stands; otherwise a discarded quarantine discards it and an undecided one holds it.
CREATE FUNCTION vaxsite.lot_status(p_lot text, p_status text) RETURNS text
LANGUAGE sql STABLE SET search_path = vaxsite, pg_temp AS $$
    SELECT CASE
        WHEN p_status IN ('discarded', 'recalled') THEN p_status
        WHEN EXISTS (SELECT 1 FROM vaxsite.record q
                      WHERE q.tbl = 'lot_quarantine' AND q.payload->>'lot_id' = p_lot
                        AND q.payload->>'status' = 'discarded') THEN 'discarded'
        WHEN EXISTS (SELECT 1 FROM vaxsite.record q
                      WHERE q.tbl = 'lot_quarantine' AND q.payload->>'lot_id' = p_lot
                        AND q.payload->>'status' = 'quarantined') THEN 'quarantined'
        ELSE p_status
    END
$$;

-- Lot p_lot's record with the status the rules give it: a version of the server when it
-- differs from what the desks sent.
CREATE FUNCTION vaxsite.enforce_lot_status(p_lot text) RETURNS void
LANGUAGE plpgsql SET search_path = vaxsite, pg_temp AS $$
DECLARE
    cur jsonb;
    s text;
BEGIN
    SELECT payload INTO cur FROM vaxsite.record WHERE tbl = 'lot' AND row_id = p_lot;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    s := vaxsite.lot_status(p_lot, cur->>'status');
    IF s IS DISTINCT FROM cur->>'status' THEN
        PERFORM vaxsite.server_change('lot', p_lot, jsonb_set(cur, '{status}', to_jsonb(s)));
    END IF;
END $$;

ALTER FUNCTION vaxsite.record_row(integer, bigint, jsonb) RENAME TO record_row_last_writer;

-- One pushed row into the server's record: the rules above, then schema 4's.
CREATE FUNCTION vaxsite.record_row(p_desk integer, p_seq bigint, r jsonb) RETURNS void
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

REVOKE ALL ON FUNCTION vaxsite.state_rank(text, jsonb), vaxsite.lot_status(text, text),
    vaxsite.enforce_lot_status(text), vaxsite.record_row(integer, bigint, jsonb),
    vaxsite.record_row_last_writer(integer, bigint, jsonb) FROM PUBLIC;
