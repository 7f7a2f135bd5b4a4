-- Site server schema 2 (docs/site.md 3.4, 3.5): push and pull.
--
-- push: one call is one transaction; the batch is a JSON array of
--   {"seq": desk sequence, "table": name, "id": row id, "hash": sha-256 of the row, "row": {...}}.
-- Idempotent on (incarnation, seq): the same change again is skipped; the same sequence with
-- another hash, or a desk whose counter is below what it already pushed, is a restored backup
-- or a cloned disk (VX003) and nothing of the batch is kept.
-- pull: the other desks' changes after a cursor (txid, server_seq), only from transactions that
-- have ended: txid below the oldest transaction still open (pg_snapshot_xmin), so a push that
-- commits late is never skipped.

-- The caller's desk row without a lock (a pull must not take a transaction id before its read).
CREATE FUNCTION vaxsite.check_desk(p_desk integer) RETURNS vaxsite.desk
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
DECLARE d vaxsite.desk;
BEGIN
    SELECT * INTO d FROM vaxsite.desk WHERE desk.desk_no = p_desk;
    IF NOT FOUND OR d.role_name <> session_user THEN
        RAISE EXCEPTION 'role % is not the role of desk %', session_user, p_desk
            USING ERRCODE = 'VX002';
    END IF;
    RETURN d;
END $$;

-- Rows of these tables are written once by their desk: another desk's version is a conflict.
CREATE FUNCTION vaxsite.append_only(p_table text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_table IN ('dose', 'stock_movement', 'temperature_reading', 'adverse_event', 'audit')
$$;

CREATE FUNCTION vaxsite.push(p_desk integer, p_incarnation uuid, p_local_max bigint,
                             p_batch jsonb)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
DECLARE
    d vaxsite.desk;
    r jsonb;
    seq bigint;
    earlier text;
    owner integer;
    top bigint;
BEGIN
    d := vaxsite.own_desk(p_desk);
    IF d.incarnation IS DISTINCT FROM p_incarnation THEN
        RAISE EXCEPTION 'desk % is held by another installation since %', p_desk, d.joined_at
            USING ERRCODE = 'VX001';
    END IF;
    IF p_local_max < d.high_water THEN
        RAISE EXCEPTION 'desk % already pushed up to change %, and this database counts only to %',
            p_desk, d.high_water, p_local_max USING ERRCODE = 'VX003';
    END IF;
    top := d.high_water;
    FOR r IN SELECT value FROM jsonb_array_elements(p_batch) LOOP
        seq := (r->>'seq')::bigint;
        IF seq IS NULL OR seq < 1 OR seq > p_local_max THEN
            RAISE EXCEPTION 'change % of desk % is outside 1..%', seq, p_desk, p_local_max
                USING ERRCODE = 'VX003';
        END IF;
        SELECT hash INTO earlier FROM vaxsite.change
         WHERE incarnation = p_incarnation AND desk_seq = seq;
        IF FOUND THEN
            IF earlier <> r->>'hash' THEN
                RAISE EXCEPTION 'change % of desk % differs from the one pushed before', seq, p_desk
                    USING ERRCODE = 'VX003';
            END IF;
            CONTINUE;  -- pushed before: the batch is being repeated
        END IF;
        INSERT INTO vaxsite.change(incarnation, desk_no, desk_seq, tbl, row_id, hash, payload)
        VALUES (p_incarnation, p_desk, seq, r->>'table', r->>'id', r->>'hash', r->'row');
        SELECT desk_no INTO owner FROM vaxsite.record
         WHERE tbl = r->>'table' AND row_id = r->>'id';
        IF FOUND AND owner <> p_desk AND vaxsite.append_only(r->>'table') THEN
            INSERT INTO vaxsite.conflict(kind, tbl, row_id, desk_no, detail)
            VALUES ('foreign_owner', r->>'table', r->>'id', p_desk,
                    jsonb_build_object('owner', owner, 'seq', seq));
        ELSE
            INSERT INTO vaxsite.record(tbl, row_id, desk_no, desk_seq, payload)
            VALUES (r->>'table', r->>'id', p_desk, seq, r->'row')
            ON CONFLICT (tbl, row_id) DO UPDATE
               SET desk_no = excluded.desk_no, desk_seq = excluded.desk_seq,
                   payload = excluded.payload, updated_at = now();
        END IF;
        top := greatest(top, seq);
    END LOOP;
    UPDATE vaxsite.desk SET high_water = top, last_push_at = now() WHERE desk_no = p_desk;
    UPDATE vaxsite.desk_incarnation SET high_water = top WHERE incarnation = p_incarnation;
    PERFORM pg_notify('vaxsite_change', p_desk::text);
    RETURN top;
END $$;

CREATE FUNCTION vaxsite.pull(p_desk integer, p_after_txid text, p_after_seq bigint,
                             p_limit integer)
RETURNS TABLE (txid text, server_seq bigint, desk_no integer, desk_seq bigint, tbl text,
               row_id text, payload jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
BEGIN
    PERFORM vaxsite.check_desk(p_desk);
    RETURN QUERY
        SELECT c.txid::text, c.server_seq, c.desk_no, c.desk_seq, c.tbl, c.row_id, c.payload
          FROM vaxsite.change c
         WHERE (c.txid, c.server_seq) > (p_after_txid::xid8, p_after_seq)
           AND c.txid < pg_snapshot_xmin(pg_current_snapshot())
           AND c.desk_no <> p_desk
         ORDER BY c.txid, c.server_seq
         LIMIT greatest(1, least(p_limit, 5000));
    UPDATE vaxsite.desk SET last_pull_at = now() WHERE desk.desk_no = p_desk;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA vaxsite FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vaxsite.hello(), vaxsite.join_desk(integer, uuid, boolean, text, integer),
    vaxsite.desk_holder(integer), vaxsite.desks(), vaxsite.open_conflicts(),
    vaxsite.push(integer, uuid, bigint, jsonb), vaxsite.pull(integer, text, bigint, integer)
    TO {{desks}};
