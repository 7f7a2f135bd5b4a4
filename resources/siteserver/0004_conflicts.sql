-- Site server schema 4 (docs/site.md 4): the conflicts the server decides when rows of different
-- desks meet at push, so that its record is what every desk converges to.
--
-- * Person merge: an identity document (type + match key) that reaches the server while another
--   person's document with the same key is already recorded merges its person into that one
--   (the first registration by server arrival is kept). The merged person's record goes, its
--   rows are re-pointed to the kept person as changes of the server itself (desk_no 0, pulled by
--   every desk including the one that wrote them), the duplicate documents go, and the merge is
--   a `person_merge` conflict naming both persons and the documents every desk drops. Rows that
--   arrive later for the merged person are re-pointed on arrival.
-- * Double doses: two doses (neither entered-in-error) of the same series and dose number for
--   one person are a `double_dose` incident, one per (person, series, dose number), whatever
--   order the doses arrive in or how often they are pushed; it is resolved by the server when a
--   correction leaves one dose. The series is the product's disease, which the desk sends with
--   each dose (`series` next to the row; the server has no catalog), the product code if absent.
-- * Desks read every conflict with vaxsite.conflicts() into their own copy (site_conflict).

-- Changes made by the server itself (re-pointed rows) are desk 0's, under the nil incarnation,
-- numbered from their own sequence: no desk's incarnation holds them.
ALTER TABLE vaxsite.change DROP CONSTRAINT change_incarnation_fkey;
ALTER TABLE vaxsite.change ADD CONSTRAINT change_desk_or_server CHECK (
    (desk_no = 0) = (incarnation = '00000000-0000-0000-0000-000000000000'::uuid));
CREATE SEQUENCE vaxsite.server_change_seq;

-- One conflict per key: the same incident found again changes it, never duplicates it.
ALTER TABLE vaxsite.conflict ADD COLUMN conflict_key text;
CREATE UNIQUE INDEX conflict_by_key ON vaxsite.conflict (conflict_key);

-- Who was merged into whom. A person merged away never comes back.
CREATE TABLE vaxsite.person_merge (
    merged_id   text PRIMARY KEY,
    kept_id     text NOT NULL,
    conflict_id bigint NOT NULL REFERENCES vaxsite.conflict(id),
    merged_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (merged_id <> kept_id)
);
CREATE INDEX person_merge_kept ON vaxsite.person_merge (kept_id);

-- The series of each dose as its desk sent it, and that desk (a re-pointed dose is desk 0's).
CREATE TABLE vaxsite.dose_series (
    dose_id text PRIMARY KEY,
    series  text NOT NULL,
    desk_no integer NOT NULL
);

CREATE INDEX record_person ON vaxsite.record ((payload->>'person_id'));
CREATE INDEX record_document ON vaxsite.record ((payload->>'type'), (payload->>'match_key'))
    WHERE tbl = 'identity_document';

-- A version of a row the server wrote itself: a change of desk 0, and the row's record.
CREATE FUNCTION vaxsite.server_change(p_table text, p_id text, p_row jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = vaxsite, pg_temp AS $$
DECLARE
    seq bigint := nextval('vaxsite.server_change_seq');
    image text := p_row::text;
BEGIN
    INSERT INTO vaxsite.change(incarnation, desk_no, desk_seq, tbl, row_id, hash, payload)
    VALUES ('00000000-0000-0000-0000-000000000000', 0, seq, p_table, p_id,
            encode(sha256(convert_to(image, 'UTF8')), 'hex'), p_row);
    INSERT INTO vaxsite.record(tbl, row_id, desk_no, desk_seq, payload)
    VALUES (p_table, p_id, 0, seq, p_row)
    ON CONFLICT (tbl, row_id) DO UPDATE
       SET desk_no = 0, desk_seq = excluded.desk_seq, payload = excluded.payload,
           updated_at = now();
END $$;

-- The double doses of one person, raised or resolved: one conflict per (person, series, dose
-- number) with two or more live doses; a key whose doses dropped below two is resolved.
CREATE FUNCTION vaxsite.check_double_doses(p_person text) RETURNS void
LANGUAGE plpgsql SET search_path = vaxsite, pg_temp AS $$
DECLARE g record;
BEGIN
    FOR g IN
        SELECT coalesce(s.series, r.payload->>'product_code') AS series,
               (r.payload->>'dose_number')::integer AS dose_number,
               jsonb_agg(r.row_id ORDER BY r.row_id) AS doses,
               jsonb_agg(DISTINCT coalesce(s.desk_no, r.desk_no)) AS desks,
               count(*) AS n
          FROM vaxsite.record r
          LEFT JOIN vaxsite.dose_series s ON s.dose_id = r.row_id
         WHERE r.tbl = 'dose' AND r.payload->>'person_id' = p_person
           AND r.payload->>'status' IS DISTINCT FROM 'entered-in-error'
         GROUP BY 1, 2
    LOOP
        IF g.n > 1 THEN
            INSERT INTO vaxsite.conflict(kind, tbl, row_id, desk_no, detail, conflict_key)
            VALUES ('double_dose', 'dose', g.doses->>0, (g.desks->>0)::integer,
                    jsonb_build_object('person', p_person, 'series', g.series,
                                       'dose_number', g.dose_number, 'doses', g.doses,
                                       'desks', g.desks),
                    format('double_dose:%s:%s:%s', p_person, g.series, g.dose_number))
            ON CONFLICT (conflict_key) DO UPDATE
               SET detail = excluded.detail, resolved_at = NULL
             WHERE conflict.detail IS DISTINCT FROM excluded.detail
                OR conflict.resolved_at IS NOT NULL;
        END IF;
    END LOOP;
    UPDATE vaxsite.conflict c SET resolved_at = now()
     WHERE c.kind = 'double_dose' AND c.resolved_at IS NULL AND c.detail->>'person' = p_person
       AND (SELECT count(*) FROM vaxsite.record r
             LEFT JOIN vaxsite.dose_series s ON s.dose_id = r.row_id
             WHERE r.tbl = 'dose' AND r.payload->>'person_id' = p_person
               AND r.payload->>'status' IS DISTINCT FROM 'entered-in-error'
               AND coalesce(s.series, r.payload->>'product_code') = c.detail->>'series'
               AND (r.payload->>'dose_number')::integer = (c.detail->>'dose_number')::integer) < 2;
END $$;

-- Merges person p_merged into p_kept (p_desk's document p_document brought them together).
CREATE FUNCTION vaxsite.merge_person(p_merged text, p_kept text, p_desk integer,
                                     p_document text, p_row jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = vaxsite, pg_temp AS $$
DECLARE
    cid bigint;
    rec record;
    dropped jsonb := jsonb_build_array(p_document);
BEGIN
    INSERT INTO vaxsite.conflict(kind, tbl, row_id, desk_no, detail, conflict_key)
    VALUES ('person_merge', 'person', p_kept, p_desk,
            jsonb_build_object(
                'kept', p_kept, 'merged', p_merged,
                'document', jsonb_build_object('type', p_row->>'type', 'number', p_row->>'number'),
                'kept_person', (SELECT payload FROM vaxsite.record
                                 WHERE tbl = 'person' AND row_id = p_kept),
                'merged_person', (SELECT payload FROM vaxsite.record
                                   WHERE tbl = 'person' AND row_id = p_merged),
                'kept_desk', (SELECT desk_no FROM vaxsite.record
                               WHERE tbl = 'person' AND row_id = p_kept),
                'merged_desk', p_desk),
            'person_merge:' || p_merged)
    RETURNING id INTO cid;
    INSERT INTO vaxsite.person_merge(merged_id, kept_id, conflict_id) VALUES (p_merged, p_kept, cid);
    -- Persons merged into the merged one before now go to the kept one.
    UPDATE vaxsite.person_merge SET kept_id = p_kept WHERE kept_id = p_merged;
    DELETE FROM vaxsite.record WHERE tbl = 'person' AND row_id = p_merged;
    FOR rec IN SELECT tbl, row_id, payload FROM vaxsite.record
                WHERE payload->>'person_id' = p_merged
                ORDER BY tbl, row_id LOOP
        IF rec.tbl = 'identity_document' AND EXISTS (
               SELECT 1 FROM vaxsite.record o
                WHERE o.tbl = 'identity_document' AND o.row_id <> rec.row_id
                  AND o.payload->>'type' = rec.payload->>'type'
                  AND o.payload->>'match_key' = rec.payload->>'match_key') THEN
            DELETE FROM vaxsite.record WHERE tbl = rec.tbl AND row_id = rec.row_id;
            dropped := dropped || to_jsonb(rec.row_id);
        ELSE
            PERFORM vaxsite.server_change(rec.tbl, rec.row_id,
                                          jsonb_set(rec.payload, '{person_id}', to_jsonb(p_kept)));
        END IF;
    END LOOP;
    UPDATE vaxsite.conflict SET detail = jsonb_set(detail, '{documents}', dropped)
     WHERE id = cid;
    PERFORM vaxsite.check_double_doses(p_kept);
END $$;

-- One pushed row into the server's record by the rules of docs/site.md 4.
CREATE FUNCTION vaxsite.record_row(p_desk integer, p_seq bigint, r jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = vaxsite, pg_temp AS $$
DECLARE
    t text := r->>'table';
    v_id text := r->>'id';
    img jsonb := r->'row';
    kept text;
    owner integer;
    other record;
BEGIN
    -- A person merged away: the kept one stands for it.
    IF t = 'person' AND EXISTS (SELECT 1 FROM vaxsite.person_merge WHERE merged_id = v_id) THEN
        RETURN;
    END IF;
    IF img ? 'person_id' THEN
        SELECT kept_id INTO kept FROM vaxsite.person_merge WHERE merged_id = img->>'person_id';
        IF FOUND THEN
            img := jsonb_set(img, '{person_id}', to_jsonb(kept));
        END IF;
    END IF;
    IF t = 'identity_document' THEN
        SELECT o.row_id, o.payload->>'person_id' AS person INTO other FROM vaxsite.record o
         WHERE o.tbl = 'identity_document' AND o.row_id <> v_id
           AND o.payload->>'type' = img->>'type' AND o.payload->>'match_key' = img->>'match_key';
        IF FOUND THEN
            IF other.person <> img->>'person_id' THEN
                PERFORM vaxsite.merge_person(img->>'person_id', other.person, p_desk, v_id, img);
            ELSIF kept IS NOT NULL THEN
                -- a document of the merged person the kept one has too: every desk drops it
                UPDATE vaxsite.conflict c
                   SET detail = jsonb_set(c.detail, '{documents}', c.detail->'documents' || to_jsonb(v_id))
                  FROM vaxsite.person_merge m
                 WHERE m.merged_id = r->'row'->>'person_id' AND c.id = m.conflict_id
                   AND NOT (c.detail->'documents' ? v_id);
            END IF;
            DELETE FROM vaxsite.record WHERE tbl = t AND row_id = v_id;
            RETURN;
        END IF;
    END IF;
    SELECT desk_no INTO owner FROM vaxsite.record WHERE tbl = t AND row_id = v_id;
    IF FOUND AND owner <> p_desk AND owner <> 0 AND vaxsite.append_only(t) THEN
        INSERT INTO vaxsite.conflict(kind, tbl, row_id, desk_no, detail)
        VALUES ('foreign_owner', t, v_id, p_desk, jsonb_build_object('owner', owner, 'seq', p_seq));
        RETURN;
    END IF;
    IF img IS DISTINCT FROM r->'row' THEN
        -- re-pointed: the server's own version, which the pushing desk pulls too
        PERFORM vaxsite.server_change(t, v_id, img);
    ELSE
        INSERT INTO vaxsite.record(tbl, row_id, desk_no, desk_seq, payload)
        VALUES (t, v_id, p_desk, p_seq, img)
        ON CONFLICT (tbl, row_id) DO UPDATE
           SET desk_no = excluded.desk_no, desk_seq = excluded.desk_seq,
               payload = excluded.payload, updated_at = now();
    END IF;
    IF t = 'dose' AND img->>'person_id' IS NOT NULL THEN
        INSERT INTO vaxsite.dose_series(dose_id, series, desk_no)
        VALUES (v_id, coalesce(nullif(r->>'series', ''), img->>'product_code', ''), p_desk)
        ON CONFLICT (dose_id) DO NOTHING;
        PERFORM vaxsite.check_double_doses(img->>'person_id');
    END IF;
END $$;

CREATE OR REPLACE FUNCTION vaxsite.push(p_desk integer, p_incarnation uuid, p_local_max bigint,
                                        p_batch jsonb)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
DECLARE
    d vaxsite.desk;
    r jsonb;
    seq bigint;
    earlier text;
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
        PERFORM vaxsite.record_row(p_desk, seq, r);
        top := greatest(top, seq);
    END LOOP;
    UPDATE vaxsite.desk SET high_water = top, last_push_at = now() WHERE desk_no = p_desk;
    UPDATE vaxsite.desk_incarnation SET high_water = top WHERE incarnation = p_incarnation;
    PERFORM pg_notify('vaxsite_change', p_desk::text);
    RETURN top;
END $$;

-- Every conflict, open and resolved, for the desk's own copy (vaxctl site conflicts).
CREATE FUNCTION vaxsite.conflicts(p_desk integer)
RETURNS TABLE (id bigint, kind text, tbl text, row_id text, desk_no integer, detail jsonb,
               raised_at timestamptz, resolved_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
BEGIN
    PERFORM vaxsite.check_desk(p_desk);
    RETURN QUERY SELECT c.id, c.kind, c.tbl, c.row_id, c.desk_no, c.detail, c.raised_at,
                        c.resolved_at
                   FROM vaxsite.conflict c ORDER BY c.id;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA vaxsite FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vaxsite.hello(), vaxsite.join_desk(integer, uuid, boolean, text, integer),
    vaxsite.desk_holder(integer), vaxsite.desks(), vaxsite.open_conflicts(),
    vaxsite.push(integer, uuid, bigint, jsonb), vaxsite.pull(integer, text, bigint, integer),
    vaxsite.conflicts(integer)
    TO {{desks}};
