-- Site server schema 6 (docs/site.md 6, "Call next across desks"): "call next" at any joined
-- injection desk takes the oldest waiting visit of the whole site, exactly once.
--
-- A desk's call is a local state change (visit waiting -> called) that reaches the server with
-- its next push, seconds later; until then vaxsite.record still says "waiting". The claim is
-- what the other desks see at once: one row per visit, written in the caller's transaction.
--
-- call_next: claims the oldest waiting visit of the day (the priority lane first, then by
--   check-in time) that no desk has claimed and returns its row as the pull gives it. The
--   candidates are locked FOR UPDATE SKIP LOCKED, so two desks calling at the same moment take
--   two different visits without waiting for each other; the claim's primary key is the
--   arbiter when a claim committed between the statement's snapshot and its lock (the insert
--   then does nothing and the next candidate is tried).
-- claim_visit: claims one visit by id (a desk's own check-in not pushed yet); true when the
--   caller holds the claim. Refused (false) when the server's version of the visit is no longer
--   waiting: another desk called it offline and pushed, and this desk has not pulled it yet.
-- release_call: the caller gives its claim back (the visit could not be brought to the desk).

CREATE TABLE vaxsite.queue_claim (
    visit_id   text PRIMARY KEY,
    desk_no    integer NOT NULL REFERENCES vaxsite.desk(desk_no),
    visit_date text NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now()
);

-- The waiting visits of a day, for call_next.
CREATE INDEX record_visit_waiting ON vaxsite.record ((payload->>'visit_date'))
    WHERE tbl = 'visit' AND payload->>'state' = 'waiting';

CREATE FUNCTION vaxsite.call_next(p_desk integer, p_day text)
RETURNS TABLE (tbl text, row_id text, desk_no integer, desk_seq bigint, payload jsonb)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
DECLARE
    v vaxsite.record;
    claimed text;
BEGIN
    PERFORM vaxsite.check_desk(p_desk);
    -- Each statement of a VOLATILE function reads a new snapshot: a lost race is retried.
    FOR attempt IN 1..20 LOOP
        SELECT r.* INTO v FROM vaxsite.record r
         WHERE r.tbl = 'visit' AND r.payload->>'state' = 'waiting'
           AND r.payload->>'visit_date' = p_day
           AND NOT EXISTS (SELECT 1 FROM vaxsite.queue_claim c WHERE c.visit_id = r.row_id)
         ORDER BY r.payload->>'lane' = 'priority' DESC, r.payload->>'checked_in_at', r.row_id
         LIMIT 1
           FOR UPDATE OF r SKIP LOCKED;
        IF NOT FOUND THEN
            RETURN;
        END IF;
        INSERT INTO vaxsite.queue_claim(visit_id, desk_no, visit_date)
        VALUES (v.row_id, p_desk, p_day)
        ON CONFLICT (visit_id) DO NOTHING
        RETURNING queue_claim.visit_id INTO claimed;
        IF claimed IS NOT NULL THEN
            RETURN QUERY SELECT v.tbl, v.row_id, v.desk_no, v.desk_seq, v.payload;
            RETURN;
        END IF;
    END LOOP;
END $$;

CREATE FUNCTION vaxsite.claim_visit(p_desk integer, p_visit text, p_day text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
BEGIN
    PERFORM vaxsite.check_desk(p_desk);
    IF EXISTS (SELECT 1 FROM vaxsite.record r
                WHERE r.tbl = 'visit' AND r.row_id = p_visit
                  AND r.payload->>'state' <> 'waiting') THEN
        RETURN false;
    END IF;
    INSERT INTO vaxsite.queue_claim(visit_id, desk_no, visit_date)
    VALUES (p_visit, p_desk, p_day)
    ON CONFLICT (visit_id) DO NOTHING;
    RETURN EXISTS (SELECT 1 FROM vaxsite.queue_claim c
                    WHERE c.visit_id = p_visit AND c.desk_no = p_desk);
END $$;

CREATE FUNCTION vaxsite.release_call(p_desk integer, p_visit text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
BEGIN
    PERFORM vaxsite.check_desk(p_desk);
    DELETE FROM vaxsite.queue_claim c WHERE c.visit_id = p_visit AND c.desk_no = p_desk;
    RETURN FOUND;
END $$;

REVOKE ALL ON FUNCTION vaxsite.call_next(integer, text),
    vaxsite.claim_visit(integer, text, text), vaxsite.release_call(integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vaxsite.call_next(integer, text),
    vaxsite.claim_visit(integer, text, text), vaxsite.release_call(integer, text) TO {{desks}};
