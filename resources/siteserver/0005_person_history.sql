-- Site server schema 5 (docs/site.md 5, "Site history at the desk"): what a desk asks at
-- check-in and before the checklist of a visit, with a short timeout.
--
-- find_persons: the people of the site matching a document (type and match key), a phone, or a
--   name with a birth date, as their person and identity_document rows, so that check-in finds
--   a person registered at another desk instead of creating a second one.
-- person_history: one person's rows (person, documents, visits, contraindications, doses) and
--   the lot and stock movement each dose points to, parents first, so that the desk's own rule
--   engine judges the whole site's history.
-- Both read vaxsite.record (the server's current version of every row) and write nothing. The
-- rows come as the pull gives them (table, id, desk, desk sequence, image); the desk applies
-- them through its pull path, so nothing enters its outbox.

-- Schema 4 indexed vaxsite.record by person (record_person) and by document (record_document);
-- the phone and the name with the birth date are what check-in adds.
CREATE INDEX record_person_phone ON vaxsite.record ((payload->>'phone')) WHERE tbl = 'person';
CREATE INDEX record_person_name ON vaxsite.record ((payload->>'name'), (payload->>'birth_date'))
    WHERE tbl = 'person';

CREATE FUNCTION vaxsite.find_persons(p_desk integer, p_doc_type text, p_doc_key text,
                                     p_phone text, p_name text, p_birth_date text,
                                     p_limit integer)
RETURNS TABLE (tbl text, row_id text, desk_no integer, desk_seq bigint, payload jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
BEGIN
    PERFORM vaxsite.check_desk(p_desk);
    RETURN QUERY
        WITH found AS (
            SELECT m.id FROM (
                SELECT r.payload->>'person_id' AS id FROM vaxsite.record r
                 WHERE r.tbl = 'identity_document' AND p_doc_key <> ''
                   AND r.payload->>'type' = p_doc_type AND r.payload->>'match_key' = p_doc_key
                UNION
                SELECT r.row_id FROM vaxsite.record r
                 WHERE r.tbl = 'person' AND p_phone <> '' AND r.payload->>'phone' = p_phone
                UNION
                SELECT r.row_id FROM vaxsite.record r
                 WHERE r.tbl = 'person' AND p_name <> '' AND r.payload->>'name' = p_name
                   AND r.payload->>'birth_date' = p_birth_date
            ) m
            WHERE m.id IS NOT NULL
            LIMIT greatest(1, least(p_limit, 50))
        )
        SELECT r.tbl, r.row_id, r.desk_no, r.desk_seq, r.payload FROM vaxsite.record r
         WHERE (r.tbl = 'person' AND r.row_id IN (SELECT id FROM found))
            OR (r.tbl = 'identity_document' AND r.payload->>'person_id' IN (SELECT id FROM found))
         ORDER BY r.tbl = 'identity_document', r.row_id;
END $$;

CREATE FUNCTION vaxsite.person_history(p_desk integer, p_person text)
RETURNS TABLE (tbl text, row_id text, desk_no integer, desk_seq bigint, payload jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
BEGIN
    PERFORM vaxsite.check_desk(p_desk);
    RETURN QUERY
        WITH own AS (
            SELECT r.* FROM vaxsite.record r
             WHERE (r.tbl = 'person' AND r.row_id = p_person)
                OR (r.payload->>'person_id' = p_person
                    AND r.tbl IN ('identity_document', 'visit', 'dose', 'contraindication'))
        ), refs AS (
            SELECT r.* FROM vaxsite.record r
             WHERE (r.tbl = 'lot'
                    AND r.row_id IN (SELECT o.payload->>'lot_id' FROM own o WHERE o.tbl = 'dose'))
                OR (r.tbl = 'stock_movement'
                    AND r.row_id IN (SELECT o.payload->>'movement_id' FROM own o
                                      WHERE o.tbl = 'dose'))
        )
        SELECT a.tbl, a.row_id, a.desk_no, a.desk_seq, a.payload
          FROM (SELECT * FROM own UNION ALL SELECT * FROM refs) a
         ORDER BY array_position(ARRAY['person', 'identity_document', 'lot', 'stock_movement',
                                       'visit', 'contraindication', 'dose'], a.tbl), a.row_id;
END $$;

REVOKE ALL ON FUNCTION vaxsite.find_persons(integer, text, text, text, text, text, integer),
    vaxsite.person_history(integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vaxsite.find_persons(integer, text, text, text, text, text, integer),
    vaxsite.person_history(integer, text) TO {{desks}};
